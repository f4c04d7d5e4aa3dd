package io.complaints.triage.analysis;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VaderSentimentTest {

    private final VaderSentiment vader = new VaderSentiment();

    private double compound(String text) {
        return vader.score(text).compound();
    }

    @Test
    void aPositiveWordIsPositiveAndANegativeWordNegative() {
        assertTrue(compound("The staff were helpful") > 0);
        assertTrue(compound("The staff were rude") < 0);
    }

    @Test
    void textWithoutSentimentIsNeutral() {
        assertEquals(0, compound("I ordered a kettle on Tuesday"));
        assertEquals(0, compound(""));
    }

    @Test
    void forComplaintsANoThatPlaysAMatterDownIsNotNegative() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(compound("The parcel came late, no big deal") < 0, "VADER's own \"no\"");
        assertEquals(complaints.score("The parcel came late").compound(),
                complaints.score("The parcel came late, no big deal").compound());
        assertEquals(0, complaints.score("No rush, whenever you can").compound());
        assertTrue(complaints.score("No refund, no answer, nothing").compound() < 0, "a no that says something is missing");
        assertTrue(compound("Claim paid within a week, no fuss at all") < 0, "VADER's own \"no\"");
        assertEquals(0, complaints.score("Claim paid within a week, no fuss at all").compound());
        assertEquals(0, complaints.score("Swapped it in store, no hassle").compound());
        assertTrue(compound("Exchanged in store, no receipt needed") < 0, "VADER's own \"no\"");
        assertEquals(0, complaints.score("Exchanged in store, no receipt needed").compound());
        assertEquals(0, complaints.score("Walked in, no appointment required").compound());
        assertTrue(compound("returned the shoes, no questions asked") < 0, "VADER's own \"no\"");
        assertEquals(0, complaints.score("returned the shoes, no questions asked").compound());
        assertTrue(complaints.score("No receipt, no refund, no help").compound() < 0, "nothing spared");
        assertTrue(compound("no change fees, that's why I fly with you") < compound("change fees, that's why I fly with you"),
                "VADER's own \"no\"");
        assertEquals(complaints.score("change fees, that's why I fly with you").compound(),
                complaints.score("no change fees, that's why I fly with you").compound(), "a cost spared");
        assertTrue(complaints.score("no refund and no answer about the fees").compound() < 0, "a no before what is missing");
    }

    @Test
    void forComplaintsAPhraseThatNamesASpeedOrAPlaceIsNoLoss() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(compound("fixed my router settings in no time") < 0, "VADER's own \"no\"");
        assertEquals(0, complaints.score("fixed my router settings in no time").compound());
        assertTrue(compound("where do I send the lost property form") < 0, "VADER's own \"lost\"");
        assertEquals(0, complaints.score("where do I send the lost property form").compound());
        assertEquals(0, complaints.score("is there a lost and found at the station").compound());
        assertTrue(complaints.score("you lost my bag").compound() < 0);
        assertTrue(compound("what's the cut off time for transfers") < 0, "VADER's own \"cut\"");
        assertEquals(0, complaints.score("what's the cut off time for transfers").compound());
        assertEquals(0, complaints.score("can I change my delivery slot after the cut off").compound());
        assertTrue(complaints.score("you cut off my internet").compound() < 0);
        assertTrue(complaints.score("no time to waste").compound() < 0, "\"no\" without \"in\" before it");
        assertTrue(compound("the help page just loops back to the login") > 0, "VADER's own \"help\"");
        assertEquals(0, complaints.score("the help page just loops back to the login").compound());
        assertTrue(complaints.score("the help from your agent was great").compound() > 0);
        assertTrue(compound("is it possible to drop the car off at a different airport") < 0, "VADER's own \"drop\"");
        assertEquals(0, complaints.score("is it possible to drop the car off at a different airport").compound());
        assertTrue(complaints.score("signal keeps dropping and the speed drop is awful").compound() < 0);
        assertTrue(compound("when does the new season drop in the uk") < 0, "VADER's own \"drop\"");
        assertEquals(0, complaints.score("when does the new season drop in the uk").compound());
        assertEquals(0, complaints.score("@Xbox when does the next game pass wave drop?").compound());
        assertTrue(complaints.score("when I am on a call the signal will drop").compound() < 0);
        assertEquals(0, complaints.score("RT new drop this friday at 10am").compound());
        assertTrue(compound("how early should I get to MIA for an international flight") < 0, "VADER's own \"mia\"");
        assertEquals(0, complaints.score("how early should I get to MIA for an international flight").compound());
        assertTrue(complaints.score("my parcel has gone MIA").compound() < 0);
        assertTrue(compound("the entertainment system on the plane") > 0, "VADER's own \"entertainment\"");
        assertEquals(0, complaints.score("the entertainment system on the plane").compound());
        assertTrue(compound("the smart meter stopped sending readings") > compound("the meter stopped sending readings"),
                "VADER's own \"smart\"");
        assertEquals(complaints.score("the meter stopped sending readings").compound(),
                complaints.score("the smart meter stopped sending readings").compound());
        assertTrue(compound("can I get the flu jab without an appointment") < 0, "VADER's own \"flu\"");
        assertEquals(0, complaints.score("can I get the flu jab without an appointment").compound());
        assertEquals(0, complaints.score("is the flu clinic at the Leith branch on Saturdays").compound());
        assertTrue(complaints.score("I have the flu and can't get through to cancel").compound() < 0);
        assertTrue(compound("can I add a stop after I've booked") < 0, "VADER's own \"stop\"");
        assertEquals(0, complaints.score("can I add a stop after I've booked").compound());
        assertTrue(complaints.score("please stop calling me").compound() < 0, "a stop asked for");
    }

    @Test
    void forComplaintsAWordInAnotherSenseThanVaderRatesCountsNothing() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(compound("are you kidding me? another price increase?") > 0, "VADER's own \"kidding\" and \"increase\"");
        assertTrue(complaints.score("are you kidding me? another price increase?").compound() <= 0);
        assertTrue(compound("you treat me like garbage") > 0, "VADER's own \"treat\" and \"like\"");
        assertEquals(complaints.score("garbage").compound(), complaints.score("you treat me like garbage").compound(),
                "only the additions' \"garbage\"");
        assertTrue(complaints.score("I like the new app").compound() > 0, "the like of liking");
        assertTrue(complaints.score("looks like a lovely menu").compound() > 0.5, "a like that compares, not treatment");
        assertTrue(complaints.score("what a treat").compound() > 0, "a treat");
        String milk = "$7 for a drink and you can't get the milk right 3 orders in a row. do better";
        assertTrue(compound(milk) > 0, "VADER's own \"better\"");
        assertEquals(0, complaints.score(milk).compound(), "an order to do better");
        assertTrue(complaints.score("you can do better").compound() <= 0, "a rebuke");
        assertTrue(complaints.score("Really hope I do better on my test tomorrow").compound() > 0, "doing better told");
    }

    @Test
    void forComplaintsAnAdverbOfHarmBeforePraiseSaysHowMuch() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(compound("seriously grateful") < compound("grateful"), "VADER's own \"seriously\"");
        assertEquals(complaints.score("grateful").compound(), complaints.score("seriously grateful").compound());
        assertTrue(complaints.score("seriously? a third delay").compound() < complaints.score("a third delay").compound(),
                "seriously alone");
        assertTrue(complaints.score("seriously disappointed").compound() < complaints.score("disappointed").compound());
        assertEquals(complaints.score("the brown sugar thing is good").compound(),
                complaints.score("the brown sugar thing is dangerously good").compound());
        assertEquals(complaints.score("ridiculously amazing pop song").compound(), complaints.score("amazing pop song").compound());
        assertTrue(complaints.score("crazy number of wrecks").compound() < 0, "no praise after it");
        assertTrue(complaints.score("crazy! lol").compound() < complaints.score("lol").compound(), "the praise in another clause");
    }

    @Test
    void forComplaintsHelpAskedForIsNotHelpGiven() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(compound("can you DM me? need help with a reservation") > 0.3, "VADER's own \"help\"");
        assertEquals(0, complaints.score("can you DM me? need help with a reservation").compound());
        assertEquals(0, complaints.score("I need some help").compound());
        assertTrue(compound("can you help me get on an earlier flight? mine got delayed") > 0, "VADER's own \"help\"");
        assertTrue(complaints.score("can you help me get on an earlier flight? mine got delayed").compound() < 0);
        assertEquals(0, complaints.score("could someone please help").compound());
        assertTrue(complaints.score("the agent was a big help").compound() > 0, "help given");
    }

    @Test
    void forComplaintsANegationReachesNoFurtherThanItsClause() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String exchanged = "exchanged the size without any questions, super easy";
        assertTrue(vader.score(exchanged).compound() < 0, "VADER as published: \"without\" negates \"super\"");
        assertTrue(complaints.score(exchanged).compound() > 0.3);
        assertTrue(complaints.score("the food was not good").compound() < 0, "within its clause it negates");
        assertTrue(complaints.score("not good enough").compound() < 0);
    }

    @Test
    void forComplaintsNotEnoughAfterAVerbOfPraisingIntensifiesIt() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String leak = "fixed the leak within an hour of me calling, can't thank you enough";
        assertTrue(complaints.score("can't thank you enough").compound() > 0.3);
        assertTrue(vader.score("can't thank you enough").compound() < 0, "VADER as published");
        assertTrue(complaints.score("couldn't recommend them enough").compound() > 0.3);
        assertTrue(complaints.score(leak).compound() > vader.score(leak).compound());
        assertTrue(complaints.score("can't thank you for nothing").compound() <= 0, "without enough, a negation");
    }

    @Test
    void forComplaintsANegatedCanBeforeAComparativePutsItBeyondCompare() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        for (String praise : List.of("couldn't be happier with the service", "ordered at 10, collected at 11, couldn't be easier",
                "could not have been easier", "it can't get any better", "they couldn't be more helpful")) {
            assertTrue(complaints.score(praise).compound() > 0.3, praise);
        }
        assertTrue(vader.score("couldn't be happier with the service").compound() < 0, "VADER as published");
        assertTrue(complaints.score("the wait couldn't be worse").compound() < -0.3, "beyond compare either way");
        assertTrue(complaints.score("it isn't better than the old one").compound() < 0, "no can, a negation");
        assertTrue(complaints.score("the staff couldn't be nice to anyone").compound() < 0, "no comparative, a negation");
    }

    @Test
    void forComplaintsATroubleAQuestionOnlySupposesCountsNothing() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String late = "do you refund the split tickets if the first train is late?";
        assertTrue(complaints.score("the first train is late").compound() < -0.2, "told, not supposed");
        assertEquals(0, complaints.score(late).compound());
        assertEquals(0, complaints.score("if my flight is cancelled do I get put on the next one").compound());
        assertTrue(complaints.score("in case my bag is lost, is there a form I fill in?").compound() >= 0);
        assertEquals(0, complaints.score("Could you tell me whether my policy covers accidental damage to a phone?").compound());
        assertEquals(0, complaints.score("does my insurance cover water damage from a burst pipe?").compound());
        assertTrue(complaints.score("my claim for water damage was rejected, does my policy cover anything?").compound() < 0,
                "a trouble told before what the cover is asked about");
        assertTrue(complaints.score("if it's cancelled do I get a refund, it's a terrible service").compound() < 0,
                "the question's own words still count");
        assertTrue(complaints.score("The train was late. Do you refund the split tickets if it's late?").compound() < 0,
                "a trouble told before the question");
        assertTrue(complaints.score("what is the point of tracking if your couriers are useless?").compound() < 0, "a grievance");
    }

    @Test
    void forComplaintsAFixToldAfterTheTroubleTurnsItAsAButDoes() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String fixed = "the car failed its MOT on the brakes, they fixed it the same day";
        assertTrue(complaints.score("the car failed its MOT on the brakes").compound() < 0);
        assertTrue(complaints.explain(fixed).cues().stream().anyMatch(cue -> cue.rule().contains("+before-fix")),
                complaints.explain(fixed).cues().toString());
        assertTrue(complaints.score(fixed).compound() > vader.score(fixed).compound());
        for (String unfixed : List.of("the car failed its MOT, they said it was fixed", "the car failed its MOT and still not fixed",
                "the car failed its MOT, they fixed the brakes and now the clutch is broken",
                "the car failed its MOT but they fixed it the same day", "the soup was cold and I found a hair in it")) {
            assertTrue(complaints.explain(unfixed).cues().stream().noneMatch(cue -> cue.rule().contains("+before-fix")), unfixed);
        }
    }

    @Test
    void forComplaintsAPoBoxIsNoInsult() {
        assertTrue(compound("do you deliver to PO boxes?") < -0.3, "VADER's slang \"po\", pissed off, in capitals");
        assertEquals(0, VaderSentiment.forComplaints().score("do you deliver to PO boxes?").compound());
    }

    @Test
    void forComplaintsANumberSignIsNoNegation() {
        String neighbour = "deliver it to my neighbour at no 12";
        assertTrue(compound(neighbour) < -0.2, "VADER as published");
        assertEquals(0, VaderSentiment.forComplaints().score(neighbour).compound());
        assertTrue(VaderSentiment.forComplaints().score("no refund, no reply").compound() < -0.3);
    }

    @Test
    void forComplaintsPraiseThatSaysHowLittleThereIsCountsNothing() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(compound("getting 40 on a good day") > 0.3, "VADER as published");
        assertEquals(0, complaints.score("getting 40 on a good day").compound());
        assertTrue(complaints.score("the wifi is patchy at best").compound() < 0, "patchy, and no praise");
        assertEquals(0, complaints.score("and the best you can offer is a voucher").compound());
        assertTrue(complaints.score("had a good day at the show").compound() > 0.3);
        assertTrue(complaints.score("the best service I have had").compound() > 0.3);
    }

    @Test
    void forComplaintsWordsOfGoodsAndServiceVaderLacksCount() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertEquals(0, compound("the new seats are so comfy"), "VADER as published knows no \"comfy\"");
        assertTrue(complaints.score("the new seats are so comfy").compound() > 0.4);
        assertTrue(complaints.score("the seats are not very comfy").compound() < 0, "negated as VADER negates");
        assertEquals(0, compound("the barista's note really helped"), "VADER as published knows \"helps\", not \"helped\"");
        assertTrue(complaints.score("the barista's note really helped").compound() > 0.3);
        assertTrue(complaints.score("the agent never helped me").compound() < 0, "negated as VADER negates");
        assertTrue(compound("nobody cares") > 0, "VADER as published does not negate with \"nobody\"");
        assertTrue(complaints.score("nobody cares").compound() < 0);
        assertTrue(complaints.score("nobody helped me at the branch").compound() < 0);
        assertTrue(complaints.score("the hinge is flimsy and the app is buggy").compound() < -0.4);
        assertEquals(0, compound("the 8:15 was late again"), "VADER as published knows no \"late\"");
        assertTrue(complaints.score("the 8:15 was late again").compound() < 0);
        assertEquals(0, complaints.score("can we get a late checkout on Sunday").compound(), "late by choice");
        assertEquals(0, complaints.score("is the store open late on Thursdays").compound(), "late by choice");
        assertEquals(0, complaints.score("the engineer stayed late to get my data off the old laptop").compound(), "late by choice");
        assertTrue(complaints.score("the engineer was late and left the job half done").compound() < 0);
        assertTrue(compound("the geek squad guy") < 0, "VADER's own \"geek\"");
        assertEquals(0, complaints.score("the geek squad guy").compound());
    }

    @Test
    void forComplaintsPraiseInQuotationMarksSneers() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String bot = "your \"support\" chat bot sent me in a loop for an hour";
        assertTrue(vader.score(bot).compound() > 0.3, "VADER as published");
        assertEquals(0, complaints.score(bot).compound(), "no grievance in its words: the quoted praise counts nothing");
        assertTrue(complaints.score(bot, true).compound() < -0.3, "with a grievance told it mocks");
        String express = "the \u201Cexpress\u201D delivery took 9 days, what a \u201Cgreat service\u201D";
        assertEquals(0, complaints.score(express).compound(), "curly quotes around two words");
        assertTrue(complaints.score(express, true).compound() < 0, "the wait the caller found tells the grievance");
        assertTrue(complaints.score("The agent said \"happy to help\" and then hung up on me, awful").compound() < 0);
        assertTrue(complaints.score("Staff were great, don't know what I'd do without them").compound() > 0.3,
                "an apostrophe inside a word quotes nothing");
        assertTrue(complaints.score("The 'great value' box really is great value, love it").compound() > 0.3,
                "praise outside the quotation still counts");
    }

    @Test
    void negationFlipsTheWord() {
        assertTrue(compound("The food was not good") < 0);
        assertTrue(compound("It isn't bad at all") > 0);
    }

    @Test
    void intensifiersAndCapitalsAndExclamationsStrengthen() {
        double plain = compound("The service was bad");
        assertTrue(compound("The service was very bad") < plain);
        assertTrue(compound("The service was BAD") < plain);
        assertTrue(compound("The service was bad!!!") < plain);
    }

    @Test
    void whatComesAfterButWeighsMore() {
        assertTrue(compound("The price was great but the blender broke and support was terrible") < 0);
    }

    @Test
    void atLeastDoesNotNegateButLeastDoes() {
        assertTrue(compound("at least it was cheap") >= 0 || compound("at least it was good") > 0);
        assertTrue(compound("the least helpful agent") < 0);
    }

    @Test
    void explanationNamesTheWordsAndTheRules() {
        VaderSentiment.Score score = vader.explain("The food was not good but the staff were VERY friendly!");
        assertTrue(score.cues().stream().anyMatch(cue -> cue.cue().equals("good") && cue.rule().contains("negated")));
        assertTrue(score.cues().stream().anyMatch(cue -> cue.cue().equals("friendly") && cue.rule().contains("after-but")));
        assertTrue(score.cues().stream().anyMatch(cue -> cue.rule().equals("vader:punctuation-emphasis")));
    }

    @Test
    void forComplaintsARequestsCourtesyIsNoSentiment() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(vader.score("Please send me the link to your returns policy").compound() > 0.3, "VADER as published");
        assertEquals(0.0, complaints.score("Please send me the link to your returns policy").compound());
        assertEquals(0.0, complaints.score("I'd like to add a second line to my contract").compound());
        assertTrue(complaints.score("I like the new app").compound() > 0.3, "liking is still liking");
        assertTrue(complaints.score("Please fix it, the app is broken").compound() < vader.score("Please fix it, the app is broken").compound());
    }

    @Test
    void forComplaintsLaughingAtSomeoneIsNoJoy() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(vader.score("The agent laughed at me").compound() > 0.3, "VADER as published");
        assertEquals(0.0, complaints.score("The agent laughed at me").compound());
        assertEquals(0.0, complaints.score("The staff were laughing at us").compound());
        assertTrue(complaints.score("We laughed all evening, a lovely show").compound() > 0.3, "laughter is still laughter");
    }

    @Test
    void forComplaintsSpeakingHonestlyIsNoPraise() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(vader.score("I expected so much more from you, honestly.").compound() > 0.3, "VADER as published");
        assertEquals(0.0, complaints.score("I expected so much more from you, honestly.").compound());
        assertTrue(complaints.score("Honestly the best service I have had").compound() > 0.3, "the best is still the best");
    }

    @Test
    void forComplaintsAPromiseIsNoPraise() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(vader.score("parcel 7 arrived two days later than promised").compound() > 0.3, "VADER as published");
        assertEquals(0.0, complaints.score("parcel 7 arrived two days later than promised").compound());
        assertTrue(complaints.score("Arrived on time, a great service").compound() > 0.3);
    }

    @Test
    void forComplaintsAProblemSaidToBeSolvedIsNoLongerAProblem() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String solved = "Quick response, problem solved. Thank you!";
        assertTrue(complaints.score(solved).compound() > vader.score(solved).compound() + 0.2,
                "VADER as published counts the problem against the thanks");
        assertTrue(complaints.score("The error on my bill was corrected the same day").compound() >= 0);
        assertTrue(complaints.score("I had a problem and it was sorted in minutes").compound() >= 0);
        assertTrue(complaints.score("The problem is still not fixed").compound() < 0, "not solved");
        assertTrue(complaints.score("They said the problem was not solved").compound() < 0, "not solved");
        assertTrue(complaints.score("The problem nobody has fixed in three weeks").compound() < 0, "not solved");
        assertTrue(complaints.score("Another problem with my order").compound() < 0);
    }

    @Test
    void forComplaintsPraiseStandingAloneAfterAGrievanceMocksIt() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String delay = "@AcmeAir oh great, another delay. that's 3 in a row";
        assertTrue(vader.score(delay).compound() > 0.3, "VADER as published");
        assertTrue(complaints.score(delay).compound() < -0.3);
        assertTrue(complaints.explain(delay).cues().stream().anyMatch(cue -> cue.cue().equals("great") && cue.rule().contains("sarcasm")));
        assertTrue(complaints.score("@TelcoUK great, another price rise for the same terrible service").compound() < -0.3);
        assertTrue(complaints.score("The food was cold and the waiter rude. Wonderful.").compound() < -0.3);
        assertTrue(complaints.score("My parcel was lost and nobody cares, just perfect!").compound() < -0.3);
        assertTrue(complaints.score("order cancelled with no warning. cool").compound()
                < complaints.score("order cancelled with no warning").compound());
        assertTrue(complaints.score("got the upgrade, cool").compound() > 0, "no grievance to mock");
        assertTrue(complaints.score("order cancelled with no warning. cool cool cool").compound() < -0.3, "said again");
    }

    @Test
    void forComplaintsAnAtMentionNamesTheCompanyAndCarriesNoSentiment() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(compound("@United my bag came off the carousel") > 0, "VADER's own \"united\"");
        assertEquals(0, complaints.score("@United my bag came off the carousel").compound());
        assertTrue(complaints.score("we stood united against the fee").compound() > 0, "the word itself keeps its sentiment");
    }

    @Test
    void forComplaintsAHarmUndoneCountsNothing() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(compound("the plumber fixed the leak under our sink") < 0, "VADER's own \"leak\"");
        assertEquals(0, complaints.score("the plumber fixed the leak under our sink").compound());
        assertEquals(0, complaints.score("replaced the faulty blender on the spot").compound());
        assertEquals(0, complaints.score("the bank reversed the fraudulent payment").compound());
        assertEquals(0, complaints.score("spotted a fraudulent payment before I did").compound(), "caught before it harmed");
        assertEquals(0, complaints.score("your fraud team caught a suspicious payment").compound(), "the team's name too");
        assertTrue(complaints.score("a fraud on my account and nobody helps").compound() < 0, "a fraud told");
        assertTrue(complaints.score("caught food poisoning from the chicken").compound() < 0, "no fraud caught");
        assertTrue(complaints.score("the app froze and I lost all my work").compound() < 0, "no fraud caught");
        assertTrue(complaints.score("swapped my broken phone in store. great service").compound() > 0.5);
        assertTrue(complaints.score("you were supposed to have fixed the leak under our sink").compound() < 0);
        assertTrue(complaints.score("please replace the faulty blender").compound() < 0, "asked for, not done");
        assertTrue(complaints.score("they fixed it, the faulty part is still there").compound() < 0, "another clause");
    }

    @Test
    void forComplaintsThanksForPraiseAfterAGrievanceMockIt() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String bag = "@united thanks for the great customer service, still no bag";
        assertTrue(vader.score(bag).compound() > 0.3, "VADER as published");
        assertTrue(complaints.score(bag).compound() < -0.3, "\"no\" tells a grievance: mockery");
        assertTrue(complaints.explain(bag).cues().stream().anyMatch(cue -> cue.cue().equals("thanks") && cue.rule().contains("sarcasm")));
        assertTrue(complaints.score("@AmericanAir thanks for the wonderful 3 hour delay").compound() < -0.3);
        assertTrue(complaints.score("@TrainCo cheers for the brilliant service, stuck at Crewe again").compound() < -0.3);
        assertTrue(complaints.score("@SkyWays thanks for the great flight, landed early").compound() > 0.3);
        assertTrue(complaints.score("@BankOne thank you for the help, the card arrived today", true).compound() > 0,
                "thanks for what is not praise are thanks");
        assertTrue(complaints.score("@BankOne thanks for the not so great service", true).compound() < 0,
                "negated praise stays negated");
    }

    @Test
    void forComplaintsThanksForATroubleMockIt() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String outage = "@comcast thanks for the third outage this week, really love paying $90 a month for this";
        assertTrue(vader.score(outage).compound() > 0.5, "VADER as published");
        assertTrue(complaints.score(outage).compound() < -0.3, "the thanks and the liking both mock");
        assertTrue(complaints.explain(outage).cues().stream().anyMatch(cue -> cue.cue().equals("thanks") && cue.rule().contains("sarcasm")));
        assertTrue(complaints.score("@united thanks for the 3 hour delay").compound() < -0.3);
        assertTrue(complaints.score("thanks @AcmeAir for losing my bag").compound() < -0.3, "the company named between");
        assertTrue(complaints.score("@AcmeNet thanks for fixing the outage so fast").compound() > 0.3, "the trouble fixed");
        assertTrue(complaints.score("@united thanks for the update on the delay").compound() > 0, "thanks for news of it");
    }

    @Test
    void forComplaintsThanksForADoingThatHarmedMockIt() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String wrongHouse = "@Amazon thanks for delivering my package to the wrong house";
        assertTrue(vader.score(wrongHouse).compound() > 0, "VADER as published");
        assertTrue(complaints.score(wrongHouse).compound() < 0);
        assertTrue(complaints.score("@AcmeAir thanks for finding my lost bag").compound() > 0, "help thanked for");
        assertTrue(complaints.score("@AcmeAir thanks for waiving the change fee after my father's funeral").compound() > 0,
                "the hard time it was done in");
    }

    @Test
    void forComplaintsPraiseBesideAWordOfWorkMocksAGrievanceToo() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(complaints.score("@united great job, third delay today", true).compound() < 0);
        assertTrue(complaints.score("@united great job, landed early").compound() > 0, "no grievance to mock");
    }

    @Test
    void forComplaintsPraiseAsEverWellDoneAndWhatASurpriseMockAGrievance() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(complaints.score("@BT_UK great customer service as always, 3 hours on the phone and still no broadband. "
                + "well done", true).compound() < 0);
        assertTrue(complaints.score("@BT_UK great customer service as always, fixed in ten minutes. well done").compound() > 0.5,
                "no grievance to mock");
        assertTrue(complaints.score("@Southern another cancellation. what a surprise. really", true).compound() < 0);
        assertTrue(complaints.score("what a nice surprise, the flight was cancelled but they rebooked us", true)
                .compound() > 0, "the surprise is not alone in its clause");
        assertTrue(complaints.score("Well, I might be late but the flight was cancelled", true).compound() <= 0
                && complaints.score("Well, I might be late but the flight was cancelled", true).cues().stream()
                .noneMatch(VaderSentiment::isMockery), "a well that opens a sentence is no praise to mock");
    }

    @Test
    void forComplaintsPraiseBeforeTheHandleStillStandsAlone() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(complaints.score("oh brilliant @Ryanair, flight cancelled again", true).compound() < 0);
    }

    @Test
    void anEmojiIsATokenOfItsOwnAndEndsAClause() {
        assertEquals(vader.score("worst service ever").compound(), vader.score("worst😡 service ever").compound(),
                "the word before the emoji is still read");
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String crash = "the site crashed as tickets went on sale 🙃 great";
        assertTrue(complaints.score(crash, true).compound() < 0, "praise alone after the emoji mocks the grievance");
        assertTrue(complaints.score("the site crashed as tickets went on sale, great", true).compound() < 0);
        assertTrue(complaints.score("@ParcelGo arrived a day early 👍 great", false).compound() > 0.3);
    }

    @Test
    void forComplaintsDisbeliefAloneInItsClauseBesideAGrievanceMocksIt() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String told = "@PowerCo you cut off my electricity over a bill I already paid.";
        String disbelief = told + " Unbelievable.";
        assertTrue(compound(disbelief) > compound(told), "VADER's own \"unbelievable\"");
        assertTrue(complaints.score(disbelief, true).compound() < complaints.score(told, true).compound());
        assertTrue(complaints.score("the view from the top was unbelievable", true).compound() > 0, "not alone in its clause");
        assertTrue(complaints.score("Got the last two tickets. Unbelievable!").compound() > 0, "no grievance");
    }

    @Test
    void forComplaintsPraiseWithoutAGrievanceIsPraise() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        assertTrue(complaints.score("@AcmeAir smooth flight, landed early. great!").compound() > 0.3);
        assertTrue(complaints.score("@PhoneMaker repair was done in an hour. brilliant").compound() > 0.3);
        assertTrue(complaints.score("Great, thanks for the quick reply").compound() > 0.3, "the praise is not alone in its clause");
        assertTrue(complaints.score("My parcel was lost but they found it in a day: great service").compound() > 0,
                "praise that names what it praises is no interjection");
        assertTrue(complaints.score("Hate basketball, but love gambling.").compound() > 0, "liking what one does not suffer");
    }

    @Test
    void forComplaintsLikingWhatOneSuffersMocksItWhereTheCallerFoundAGrievance() {
        VaderSentiment complaints = VaderSentiment.forComplaints();
        String hold = "@TelcoUK love waiting on hold for 50 minutes. really love it";
        assertTrue(complaints.score(hold).compound() > 0.5, "no negative word: VADER alone cannot tell");
        assertTrue(complaints.score(hold, true).compound() < -0.5, "the complaint language 'on hold for' tells the grievance");
        assertTrue(complaints.score("@StreamFlix love using the new app", true).compound() > 0.3, "using is no suffering");
    }

    @Test
    void proportionsAddUpToOne() {
        VaderSentiment.Score score = vader.score("Great product, terrible delivery, okay price");
        assertEquals(1.0, score.positive() + score.negative() + score.neutral(), 0.002);
    }

    /** The examples and scores of the VADER reference implementation's README (vaderSentiment 3.3). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VADER is smart, handsome, and funny.|0.8316",
            "VADER is not smart, handsome, nor funny.|-0.7424",
            "VADER is VERY SMART, handsome, and FUNNY!!!|0.9342",
            "The book was kind of good.|0.3832",
            "A really bad, horrible book.|-0.8211",
            "At least it isn't a horrible book.|0.431",
            "Today sux|-0.3612",
            "Today sux!|-0.4199",
            "Not bad at all|0.431",
            "Today SUX!|-0.5461"})
    void scoresLikeTheReferenceImplementation(String text, double expected) {
        assertEquals(expected, compound(text), 0.02, text);
    }

    /** The library departs from the reference on a few texts ("Not bad at all"); these it gets right. */
    @ParameterizedTest
    @ValueSource(strings = {
            "VADER is smart, handsome, and funny.",
            "VADER is not smart, handsome, nor funny.",
            "VADER is VERY SMART, handsome, and FUNNY!!!",
            "The book was kind of good.",
            "A really bad, horrible book.",
            "At least it isn't a horrible book.",
            "Today sux!",
            "My order arrived broken and nobody answers my emails. Absolutely useless!",
            "I love the product but the refund took forever and I am very disappointed",
            "Thank you for the quick help, much appreciated",
            "Worst customer service ever. I want my money back NOW"})
    void scoresLikeTheVaderLibrary(String text) throws Exception {
        SentimentAnalyzer library = new SentimentAnalyzer(text);
        library.analyze();
        assertEquals(library.getPolarity().get("compound"), compound(text), 0.05, text);
    }
}
