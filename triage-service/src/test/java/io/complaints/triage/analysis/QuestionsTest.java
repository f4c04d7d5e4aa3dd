package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionsTest {

    private static boolean asks(String text) {
        return Questions.asksForInformation(text);
    }

    private static boolean onlyAsks(String text) {
        return Questions.onlyAsks(text);
    }

    @Test
    void aQuestionAsksForInformationAGrievancePutAsAQuestionDoesNot() {
        assertTrue(asks("@BankOne do you offer student accounts"), "the question word after the @mention");
        assertTrue(asks("What time do you open on Sunday?"));
        assertFalse(asks("@ShopCo why does your app log me out every five minutes"));
        assertFalse(asks("@ShopCo where is my order?? it was supposed to arrive on monday"));
        assertFalse(asks("How is a 10 minute ride $48?!"));
        assertFalse(asks("@TelcoUK how is it possible to be cut off mid-call five times in one day"));
        assertFalse(asks("How many times do I have to send you the same photo?"));
        assertFalse(asks("is it too much to ask for a train with heating?"));
        assertTrue(asks("how many bags can I take on a domestic flight?"), "how many, not how many times");
        assertFalse(asks("@StreamBox ads every 5 mins on the ad-free plan, what am I paying for"));
        assertFalse(asks("ads every 5 mins on the ad-free plan. what am I paying for?"), "a grievance in a later sentence");
        assertFalse(asks("@VerizonSupport so is anyone going to explain the $40 \"adjustment\" on my bill?"));
        assertTrue(asks("so is the store open on sunday?"));
        assertTrue(asks("Parcel hasn't come. Where can I see the tracking?"), "a question in a later sentence");
        assertTrue(asks("- how do I change my delivery address"), "the question word after a dash");
        assertTrue(asks("@ShopCo -- where can I find the invoice"), "after the @mention and a dash");
    }

    @Test
    void aQuestionThatReproachesWithEvenAsksForNothing() {
        assertFalse(asks("@QuickShip do your drivers even get out of the van?"));
        assertFalse(asks("Is anyone even reading these emails?"));
        assertTrue(asks("Can I return it even if I opened the box?"), "even if concedes");
        assertTrue(asks("Is the basic plan cheaper, or even free for students?"), "or even compares");
        assertTrue(Questions.indignantQuestion("Refund promised 3 weeks ago. Did anyone even look at my claim?")
                .startsWith("Did anyone even look"));
    }

    @Test
    void aQuestionWhetherTheOneAskedActuallyDoesTheirJobReproaches() {
        assertEquals("Are you actually trying to lose customers?",
                Questions.indignantQuestion("Two hours on hold, then the line dropped. Are you actually trying to lose customers?"));
        assertEquals("does anyone actually read these?", Questions.indignantQuestion("does anyone actually read these?"));
        assertNull(Questions.indignantQuestion("could you actually check my order for me?"), "a favour asked");
        assertNull(Questions.indignantQuestion("is it actually cheaper to buy the annual plan?"), "nobody asked of");
    }

    @Test
    void aQuestionThatSaysTheCompanyJustDoesWrongReproaches() {
        assertEquals("Do your warehouse staff just throw the boxes?", Questions.indignantQuestion(
                "Second order in a row arrived smashed. Do your warehouse staff just throw the boxes?"));
        assertEquals("so your reps just lie?", Questions.indignantQuestion("chat says they can't see any notes. so your reps just lie?"));
        assertNull(Questions.indignantQuestion("can I just check the delivery date?"), "the writer asks");
        assertNull(Questions.indignantQuestion("do I just reinstall the app?"), "the writer asks");
        assertNull(Questions.indignantQuestion("did you just change the app icon?"), "a moment ago");
    }

    @Test
    void aReproachOpeningAsAQuestionNeedsNoQuestionMark() {
        assertEquals("are you even testing these", Questions.indignantQuestion(
                "@AppleSupport every update breaks something else. are you even testing these"));
        assertEquals("does anyone actually read these emails", Questions.indignantQuestion(
                "Fourth email about the same refund. does anyone actually read these emails"));
        assertNull(Questions.indignantQuestion("The update is even worse than the last one. It crashes even more."),
                "no question opens the sentence");
        assertNull(Questions.indignantQuestion("I wasn't even home when they came"));
    }

    @Test
    void askingWhetherOthersHaveTheTroubleTooReportsIt() {
        assertFalse(asks("@StreamBox keeps buffering on every show tonight, anyone else?"));
        assertFalse(asks("anyone else having problems logging in to the app"));
        assertFalse(asks("Is it just me or is the website down again?"));
        assertTrue(asks("can anyone else collect my parcel for me?"), "a question about someone else");
    }

    @Test
    void aQuestionAfterATroubleToldInTheSameSentenceIsTheGrievancePut() {
        assertFalse(asks("@AirCo my bag didn't make the connection in ATL, any idea when it will get to MSP?"));
        assertFalse(asks("Still no confirmation email for my booking, could you check it went through?"));
        assertTrue(asks("if I don't travel, can I get a refund?"), "a condition");
        assertTrue(asks("in case I can't make it, can someone else collect?"), "a condition");
        assertFalse(asks("since Monday the broadband hasn't worked, can you send an engineer?"));
        assertTrue(asks("I'm flying to Spain in May, is roaming included?"), "no trouble told");
        assertTrue(asks("Parcel hasn't come. Where can I see the tracking?"), "the trouble in a sentence of its own");
    }

    @Test
    void aPhraseAfterAConditionIsSupposed() {
        assertTrue(Questions.supposes(new Text("if I cancel now do I get a refund"), "cancel"));
        assertTrue(Questions.supposes(new Text("in case I switch to the annual plan, is there a fee?"), "switch to"));
        assertFalse(Questions.supposes(new Text("how do I cancel my contract"), "cancel"));
        assertFalse(Questions.supposes(new Text("if it breaks again can I cancel"), "cancel"), "too far from the if");
        assertFalse(Questions.supposes(new Text("how do I get a refund"), "cancel"), "not in the text");
        assertTrue(Questions.supposes(new Text("can I change my email without losing my order history?"), "losing my"));
    }

    @Test
    void aQuestionWordWithItsVerbContractedIsStillAQuestionWord() {
        assertTrue(asks("@BankOne what's the daily limit for contactless"));
        assertTrue(asks("where's the nearest branch"));
        assertTrue(asks("Who'd I talk to about a mortgage"));
        assertFalse(asks("It's the third time I write"));
        assertTrue(asks("@Delta whats the earliest I can check a bag for a 6am flight"), "typed without its apostrophe");
        assertTrue(asks("hows the weather in Denver tonight"));
        assertFalse(asks("@Delta whats the point of a lounge nobody can get into"), "a grievance, typed as well");
    }

    @Test
    void aQuestionMayOpenWithAGreetingOrPlease() {
        assertTrue(asks("@RailLink please could you tell me if bikes are allowed on the 9:10 to Hull"));
        assertTrue(asks("hi, is the Elm St store open on Sundays"));
        assertFalse(asks("please fix my broadband"));
        assertFalse(asks("hi, my broadband has been down since Friday"));
    }

    @Test
    void aStatementThatStartsWithAQuestionWordIsNoQuestion() {
        // each of these yelp complaints was read as a question, and lowered the complaint signal
        assertFalse(asks("Would not go back."));
        assertFalse(asks("Will never, ever go back"));
        assertFalse(asks("What a mistake that was!"));
        assertFalse(asks("When my order arrived, one of the gyros was missing."));
        assertFalse(asks("Do not waste your money here!"));
        assertTrue(asks("what time do you open on sunday"), "no mark at the end: a post's question");
    }

    @Test
    void onlyATextWhoseEverySentenceAsksDoesNothingButAsk() {
        assertTrue(onlyAsks("@AcmeAir I need to change the name on my booking, who do I contact?"));
        assertTrue(onlyAsks("@AcmeAir is flight 455 on time? Is there wifi on board?"));
        assertTrue(onlyAsks("@TelcoUK is there any planned maintenance in Leeds tonight"));
        assertFalse(onlyAsks("@ShopCo refund was promised 3 weeks ago. Where is it?"), "tells of a grievance first");
        assertFalse(onlyAsks("Im looking to rent a 3Br house in pgh. Any leads?"));
        assertFalse(onlyAsks("Why is my refund late?"), "a grievance put as a question");
        assertFalse(onlyAsks("My parcel never arrived"));
    }

    @Test
    void aShortRemarkBeforeTheQuestionSaysWhatTheWriterThinks() {
        assertFalse(onlyAsks("That's adorable, what breed is he?"));
        assertFalse(onlyAsks("@Maker This is genuinely impressive, how long did it take you?"));
        assertTrue(onlyAsks("@AcmeAir this is my first time flying with you, can I bring a stroller?"), "a long statement");
    }

    @Test
    void aQuestionAfterAStatementAndACommaAsks() {
        assertTrue(onlyAsks("@QuickParcel I'll be out tomorrow, can the driver leave it in the porch"));
        assertTrue(onlyAsks("@TeleOne I'm going to Spain for two weeks in May, is roaming included on my plan"));
        assertTrue(asks("@Lloyds I've just turned 18, what account should I open"));
        assertTrue(onlyAsks("@Lloyds I want to open an account for my son, can I do it online"), "\"want\" is no \"won't\"");
        assertFalse(asks("@ParcelGo tracking hasn't updated since tuesday, is my parcel lost"), "a trouble told first");
        assertFalse(asks("@ParcelGo tracking hasnt updated since tuesday, is my parcel lost"), "typed without the apostrophe");
        assertFalse(asks("@Ticketmaster fees were more than the actual ticket, how is that fair"), "a grievance");
        assertFalse(asks("was told I need the original box, which I threw away"), "a relative clause");
        assertFalse(asks("they installed new windows, can now actually see out"), "a statement");
        assertFalse(asks("I'll be out tomorrow, can the driver leave it in the porch."), "ends as a statement");
    }

    @Test
    void aQuestionAfterAConditionAsks() {
        assertTrue(onlyAsks("@Qantas if my flight is cancelled do I get put on the next one automatically or do I have to call"));
        assertTrue(onlyAsks("@easyJet if I book the up front seat does that include the large cabin bag"));
        assertFalse(asks("@Qantas if my flight is cancelled again I will never fly with you"), "a statement");
        assertFalse(asks("@ParcelGo if you can't deliver on time why do you charge for delivery"), "a grievance");
    }

    @Test
    void thanksForTheAnswerStillOnlyAsks() {
        assertTrue(onlyAsks("@SkyWest can I bring a car seat on board? thanks"));
        assertTrue(onlyAsks("@BankOne how long does an international transfer take? Thank you so much!"));
        assertTrue(onlyAsks("@HotelLux is parking included? thx in advance"));
        assertFalse(onlyAsks("@SkyWest can I bring a car seat on board? thanks for the quick reply yesterday"));
    }
}
