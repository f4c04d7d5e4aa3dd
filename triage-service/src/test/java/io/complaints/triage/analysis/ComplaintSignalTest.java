package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Through the whole triage: the signal reads what the triage measured. */
class ComplaintSignalTest {

    private static final TriageAnalyzer ANALYZER = TriageAnalyzer.withDefaults();

    /** As social listening sends it: a public post. */
    private static TriageResult post(String message) {
        return ANALYZER.analyze(new ComplaintFacts(null, message, true, "standard", null, null, null, 0));
    }

    /** Through the company's own form. */
    private static TriageResult sent(String message) {
        return ANALYZER.analyze(new ComplaintFacts(null, message, false, "standard", null, null, null, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "My order never arrived and I want a refund NOW!",
            "I was charged twice for the same order, please fix it.",
            "The agent was rude and hung up on me.",
            "Why is my refund taking so long?! This is the third time I write.",
            "The food was cold and the waiter ignored us for an hour.",
            "Your app keeps crashing and I cannot log in to my account",
            "I'm done with you, cancelling my subscription today."})
    void complaintsPostedInPublicAreComplaints(String message) {
        TriageResult result = post(message);
        assertTrue(result.complaintConfidence() >= 0.5, result.complaintConfidence() + " " + result.explanation());
        assertFalse(result.flags().contains(Flag.NOT_A_COMPLAINT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Could you tell me where I can download the invoice for my last order?",
            "How do I change the delivery address on my account?",
            "Do you ship to Canada?",
            "Please call me back tomorrow morning.",
            "Thank you so much, the team was wonderful and the parcel came early!",
            "Love the new update, great job everyone.",
            "Is it possible to add a second user to the plan?"})
    void questionsRequestsAndPraisePostedInPublicAreNot(String message) {
        TriageResult result = post(message);
        assertTrue(result.complaintConfidence() < 0.5, result.complaintConfidence() + " " + result.explanation());
        assertTrue(result.flags().contains(Flag.NOT_A_COMPLAINT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "@Delta last day in Hawaii, so sad to go home tomorrow",
            "@Netflix that ending wrecked me, I'm still crying",
            "@Nike tore my ACL playing ball last night, out for the season ugh",
            "@Starbucks rainy monday and I'm already exhausted, need my latte",
            // no own-life phrase, and not among what the own-life model learned from
            "@Nike lost the championship game by one point, devastated",
            "@Netflix the dog died at the end and now I'm a mess"})
    void sadnessAboutTheWritersOwnLifeIsNoComplaint(String message) {
        TriageResult result = post(message);
        assertTrue(result.sentiment().score() < 0, result.sentiment().toString());
        assertTrue(result.complaintConfidence() < 0.5, result.complaintConfidence() + " " + result.explanation());
        assertTrue(result.explanation().stream().anyMatch(cue -> cue.rule().equals(ComplaintSignal.OWN_LIFE_RULE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "@Hilton so tired after a 14 hour flight and the room isn't ready",
            "@Uber I'm literally crying, driver drove off with my bag in the trunk",
            "@Starbucks exhausted and the mobile order was wrong again",
            "@Netflix crying because you removed my favourite show",
            "@RailCo my train was cancelled and I missed my grandmother's funeral. I don't know what to say.",
            "@Spotify I'm so tired of the ads",
            "@BritishGas absolute cowboys. left a hole in my kitchen wall and haven't been back",
            "@LloydsPharmacy ran out of my inhaler for the second month running",
            // a judgement the own-life model alone would read as the writer's own life
            "@BarCo worst martini ever!",
            "@PizzaCo won't ever go here again.",
            // what the writer did that should have spared the loss
            "@Duolingo lost my 400 day streak even though I did the lesson"})
    void feelingsBesideATroubleWithTheServiceStillComplain(String message) {
        TriageResult result = post(message);
        assertTrue(result.complaintConfidence() >= 0.5, result.complaintConfidence() + " " + result.explanation());
    }

    @Test
    void whatComesThroughTheCompanysOwnFormLeansToAComplaintButAQuestionIsStillOne() {
        assertTrue(sent("The parcel was left at the wrong address.").complaintConfidence() >= 0.5);
        assertTrue(post("The parcel was left at the wrong address.").complaintConfidence()
                < sent("The parcel was left at the wrong address.").complaintConfidence());
        assertTrue(sent("Could you tell me where I can download the invoice for my last order?").flags().contains(Flag.NOT_A_COMPLAINT));
    }

    @Test
    void aQuestionFromAVipOnAPublicChannelDoesNotPageAManager() {
        TriageResult result = ANALYZER.analyze(new ComplaintFacts(null, "Hi, do you ship to Canada? Thanks in advance",
                true, "vip", new BigDecimal("50000"), null, "en", 3));
        assertTrue(result.severityPoints() >= 2, "the flags alone weigh " + result.severityPoints());
        assertEquals(Severity.P4, result.severity());
        assertTrue(result.explanation().stream().anyMatch(cue -> cue.rule().equals("complaint:question")), result.explanation().toString());
    }

    @Test
    void aSafetyIssueIsP1EvenWhenAskedAsAQuestion() {
        TriageResult result = post("Is it normal that the charger caught fire?");
        assertEquals(Severity.P1, result.severity());
    }

    @Test
    void aTroubleToldAsNoOnesFaultIsNotAComplaint() {
        assertTrue(post("@PhoneCo dropped my phone in the toilet, my own fault, what are my options").complaintConfidence() < 0.5);
        assertTrue(post("@AcmeAir flight delayed by the storm, stay safe crew").complaintConfidence() < 0.5);
        assertTrue(post("It's not my fault your driver lost my parcel, I want a refund").complaintConfidence() >= 0.5,
                "not my fault takes it back");
        assertTrue(post("@ShopCo I know it's not your fault, but the parcel still hasn't arrived and it's the third week")
                .complaintConfidence() >= 0.5, "before a but it counts half");
    }

    @Test
    void aGrievancePutAsAQuestionIsStillAComplaint() {
        assertTrue(post("@ShopCo where is my order?? it was supposed to arrive on monday").complaintConfidence() >= 0.5);
    }
}
