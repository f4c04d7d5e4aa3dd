package io.complaints.intake;

import io.complaints.devstack.DevStack;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;

/** The devstack the @QuarkusTests run against (see DevStackResource on each test class). */
public final class IntakeTestStack {

    public static final String DATABASE = "intake";

    private IntakeTestStack() {
    }

    public static TopicProbe probe(String topic) {
        return TopicProbe.on(DevStack.shared().kafkaBootstrapServers(), topic);
    }

    public static TopicPublisher publisher() {
        return TopicPublisher.to(DevStack.shared().kafkaBootstrapServers());
    }
}
