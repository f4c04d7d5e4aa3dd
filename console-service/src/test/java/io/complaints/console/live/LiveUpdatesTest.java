package io.complaints.console.live;

import io.complaints.console.ConsoleTestStack;
import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicPublisher;
import io.complaints.support.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server-sent events a page listens to: a change is announced once the read model has committed it. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = ConsoleTestStack.DATABASE))
class LiveUpdatesTest {

    @TestHTTPResource("/api/changes")
    URI changes;

    @Test
    void aComplaintReadFromATopicIsAnnouncedToOpenPages() throws Exception {
        UUID complaintId = UUID.randomUUID();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest listen = HttpRequest.newBuilder(changes).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + TestTokens.of("sp-dan", Roles.AGENT)).build();
        HttpResponse<Stream<String>> stream = http.send(listen, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode());
        CompletableFuture<Boolean> announced = CompletableFuture.supplyAsync(
                () -> stream.body().anyMatch(line -> line.startsWith("data:") && line.contains(complaintId.toString())));

        try (TopicPublisher publisher = ConsoleTestStack.publisher()) {
            publisher.send("complaints.received.v1", complaintId.toString(),
                    ConsoleTestStack.received(UUID.randomUUID(), complaintId, Instant.now(), "Lu", "Late again"));
        }
        assertTrue(announced.get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS));
        stream.body().close();
    }
}
