package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RaisedVoiceTest {

    @Test
    void shoutedWordsCountOnlyWordsOfThreeLettersOrMore() {
        assertEquals(new RaisedVoice.Shouted(List.of("WANT", "MONEY"), 3), RaisedVoice.shoutedWords("I WANT my MONEY now OK"));
    }

    @Test
    void threeLetterAcronymsAreNotShoutingThreeLetterWordsOfStressAre() {
        assertEquals(List.of(), capitalsCues("my bag didn't make the connection in ATL, when will it get to MSP"));
        assertEquals(List.of("2 words in capitals"), capitalsCues("it was NOT me, it was YOU"));
    }

    @Test
    void redactionPlaceholdersAreNotShouting() {
        assertEquals(new RaisedVoice.Shouted(List.of("CLOSED"), 5), RaisedVoice.shoutedWords("My account XXXX at XXXX was CLOSED"));
    }

    @Test
    void oneWordInCapitalsIsStressOnlyWhereStressGoes() {
        assertEquals(List.of("NOT"), capitalsCues("Do NOT tell me it is being looked into"));
        assertEquals(List.of("DIDN'T"), capitalsCues("The engineer DIDN'T turn up"));
        assertEquals(List.of(), capitalsCues("The ATM swallowed my card"));
        assertEquals(List.of(), capitalsCues("The CFPB has my complaint"));
        assertEquals(List.of("SIX"), capitalsCues("I have called you SIX times about this bill"));
        assertEquals(List.of("ELEVEN"), capitalsCues("I have called 11 times today. ELEVEN. every time the line drops"));
        assertEquals(List.of("AND"), capitalsCues("Lost my bag on the way out AND on the way back"));
        assertEquals(List.of("MY"), capitalsCues("3 weeks and still no refund, it's MY money"));
        assertEquals(List.of(), capitalsCues("3 weeks and still no refund, it's my money"));
        assertEquals(List.of("BIN"), capitalsCues("third driver to leave my parcel in the bin. in the BIN."), "said again in capitals");
    }

    @Test
    void wordsStoppedOneByOneAreStress() {
        assertEquals("every. single. morning.", RaisedVoice.stoppedWords("packed in again, every. single. morning."));
        assertEquals("Not. Good. Enough!", RaisedVoice.stoppedWords("Three weeks for a refund. Not. Good. Enough!"));
        assertEquals("Cancelled. Again. Why?", RaisedVoice.stoppedWords("Cancelled. Again. Why?"));
        assertNull(RaisedVoice.stoppedWords("Flight cancelled. Again."), "two");
        assertNull(RaisedVoice.stoppedWords("Spoke to Mr. Smith. Thanks."), "a title's full stop");
        assertNull(RaisedVoice.stoppedWords("It came on the 6. Great. Thanks."), "a number is no word");
        assertNull(RaisedVoice.stoppedWords(""));
    }

    @Test
    void aQuestionThatReproachesWithEvenRaisesTheVoice() {
        List<String> rules = RaisedVoice.cues(new Text("Third missed delivery. Do your drivers even get out of the van?")).stream()
                .map(Cue::rule).toList();
        assertTrue(rules.contains("anger:indignant-question"), rules.toString());
    }

    @Test
    void aFigureSaidAgainOnItsOwnIsAnEcho() {
        assertEquals("2cm.", RaisedVoice.echo(new Text("charged me £55 because my bag was 2cm too big. 2cm. never again")));
        assertEquals("what safe place.", RaisedVoice.echo(new Text("parcel \"delivered\" to a safe place. what safe place. there is none")));
        assertEquals("94.", RaisedVoice.echo(new Text("@HMRC I have been on hold for 94 minutes. 94.")));
        assertNull(RaisedVoice.echo(new Text("My bag was 2cm too big. Charged £55.")), "new words");
        assertNull(RaisedVoice.echo(new Text("Wrote to XXXX about it. XXXX.")), "a redaction placeholder");
        assertNull(RaisedVoice.echo(new Text("I spoke to Mr. Smith on Monday. He said the refund would come on Monday. "
                + "It did not come on Monday. ".repeat(10) + "Monday.")), "a long letter sums up");
    }

    @Test
    void anOrderPutCurtlyOpensAClauseWithoutPlease() {
        assertEquals("sort it out", RaisedVoice.curtOrder(new Text("@PureGym you've taken my fee twice and nobody answers. sort it out")));
        assertEquals("stop promising what you can't deliver", RaisedVoice.curtOrder(
                new Text("@AmazonHelp third date missed in a row. stop promising what you can't deliver")));
        assertEquals("fix this today", RaisedVoice.curtOrder(new Text("the money is just gone? fix this today")));
        assertEquals("refund me", RaisedVoice.curtOrder(new Text("@Rail cancelled again, refund me")));
        assertEquals("give it back.", RaisedVoice.curtOrder(new Text("you've taken £400 when my bill is £90. give it back. today")));
        assertNull(RaisedVoice.curtOrder(new Text("give me a call when it's in stock")), "nothing to give back");
        assertEquals("fix your network", RaisedVoice.curtOrder(new Text("3rd day of SOS only. I pay you $95 a month for a brick. fix your network")));
        assertEquals("refund it", RaisedVoice.curtOrder(new Text("support says \"nothing we can do\". yes there is. refund it")));
        assertEquals("give it to me", RaisedVoice.curtOrder(new Text("a tv that is sitting on a shelf. I can see it. give it to me")));
        assertNull(RaisedVoice.curtOrder(new Text("give it to me straight, is it the battery?")), "a question");
        assertEquals("cancel my account.", RaisedVoice.curtOrder(new Text("more time chasing your staff than using it. Cancel my account. Now.")));
        assertNull(RaisedVoice.curtOrder(new Text("I would like to cancel my account, please")), "asked for");
        assertNull(RaisedVoice.curtOrder(new Text("charged twice, please sort it out")));
        assertNull(RaisedVoice.curtOrder(new Text("can you fix this?")));
        assertNull(RaisedVoice.curtOrder(new Text("the app will stop working if I update")), "not opening a clause");
        assertNull(RaisedVoice.curtOrder(new Text("stop by the desk and they will fix it")), "no doing to stop");
        assertEquals("reopen it and actually read what i wrote.", RaisedVoice.curtOrder(new Text(
                "You closed my ticket as \"resolved\". Nothing is resolved. Reopen it and actually read what I wrote.")));
        assertEquals("treat your passengers like adults", RaisedVoice.curtOrder(new Text(
                "@Amtrak an hour sitting outside Baltimore and not one word from the crew. treat your passengers like adults")));
        assertNull(RaisedVoice.curtOrder(new Text("long week. treat yourself to a bath")), "a treat");
        assertEquals("find my package", RaisedVoice.curtOrder(new Text(
                "@UPS \"delivered\" to a house that isn't mine, and your claim form keeps crashing. find my package")));
        assertNull(RaisedVoice.curtOrder(new Text("find the link below to reset it")), "not something the writer lost");
        assertEquals("call me", RaisedVoice.curtOrder(new Text("2 days without a phone. I am losing clients. call me")));
        assertEquals("call me back today", RaisedVoice.curtOrder(new Text("you froze my account, call me back today")));
        assertNull(RaisedVoice.curtOrder(new Text("out of stock again, call me when it's back")), "a call asked for later");
    }

    @Test
    void thanksEndingATextThatAsksNothingMockIt() {
        assertEquals("thanks a lot", RaisedVoice.mockingThanks(new Text(
                "@Delta 2 days, no bag, no updates. I'm wearing the same clothes at a conference. thanks a lot")));
        assertEquals("cheers for that", RaisedVoice.mockingThanks(new Text(
                "@PizzaPlace driver couldn't find the house and just took the pizza back. cheers for that \uD83D\uDE44")));
        assertNull(RaisedVoice.mockingThanks(new Text("My refund hasn't come through yet. Any update? Thanks a lot")), "asked");
        assertNull(RaisedVoice.mockingThanks(new Text("The parcel is late, could you check it. Thanks for that")), "asked");
        assertNull(RaisedVoice.mockingThanks(new Text("Thanks a lot, the parcel came late but in one piece")), "not the end");
        assertNull(RaisedVoice.mockingThanks(new Text("no bag, no updates, thanks a lot for nothing")), "more than thanks");
        assertEquals("thanks expedia", RaisedVoice.mockingThanks(new Text(
                "@Expedia 11pm, two kids, hotel has no record of the booking. your agent hung up. thanks Expedia")));
        assertNull(RaisedVoice.mockingThanks(new Text("@Expedia the hotel lost our booking. thanks Sam")), "not the company");
    }

    @Test
    void theRemedyOfferedRefusedForTheOneWantedIsExasperation() {
        assertEquals("not a voucher", RaisedVoice.remedyRefused(new Text(
                "No heating, two nights, in January. We want a full refund, not a voucher.")));
        assertEquals("not another appointment", RaisedVoice.remedyRefused(new Text(
                "The technician didn't turn up. Twice. I want a replacement, not another appointment.")));
        assertNull(RaisedVoice.remedyRefused(new Text("I want a refund, not sure how to ask for one")), "no remedy refused");
        assertNull(RaisedVoice.remedyRefused(new Text("The voucher is fine, not a problem")), "nothing wanted");
    }

    @Test
    void aPricePaidForThisEndingATextIsExasperation() {
        assertEquals("400 a night for this", RaisedVoice.paidForThis(new Text(
                "@Marriott hair in the tub and stains on the sheets. $400 a night for this")));
        assertEquals("i pay for this", RaisedVoice.paidForThis(new Text("the broadband dropped again. I pay for this??")));
        assertNull(RaisedVoice.paidForThis(new Text("my mum knitted me a scarf, so grateful for this")), "no price");
        assertNull(RaisedVoice.paidForThis(new Text("$400 a night for this view, worth it")), "not the end");
    }

    @Test
    void doneSaidAloneInAClauseIsExasperation() {
        assertEquals("i am done", RaisedVoice.saidDone(new Text(
                "@SamsungUS the fridge is 8 months old and it's warm. third repair visit cancelled on me. I have a newborn. I am done")));
        assertEquals("i'm done", RaisedVoice.saidDone(new Text("@Vodafone Nobody calls back, I'm done")));
        assertEquals("i'm so done", RaisedVoice.saidDone(new Text("I'm so done.")));
        assertNull(RaisedVoice.saidDone(new Text("block it from my credit report until I am done following through")), "until");
        assertNull(RaisedVoice.saidDone(new Text("I returned the car, the dealership said I'm done.")), "said of the writer");
        assertNull(RaisedVoice.saidDone(new Text("I'm done with the setup and it works")), "done with a task");
    }

    @Test
    void theCompanyToldWhatItDidIsBlamedAskedOrThankedItIsNot() {
        assertEquals("you", RaisedVoice.addressed(new Text("You took my money and kept it").words()));
        assertEquals("your", RaisedVoice.addressed(new Text("Could you check why your driver left it outside").words()));
        assertNull(RaisedVoice.addressed(new Text("Could you send a replacement? Thank you").words()));
        assertNull(RaisedVoice.addressed(new Text("My parcel arrived broken").words()));
        assertNull(RaisedVoice.addressed(new Text("It came a day late, just so you know").words()));
    }

    private static List<String> capitalsCues(String original) {
        return RaisedVoice.cues(new Text(original)).stream().filter(cue -> cue.rule().equals("anger:capitals"))
                .map(Cue::cue).toList();
    }
}
