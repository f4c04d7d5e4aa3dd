package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeToldTest {

    private static List<Cue> cues(String text) {
        return TimeTold.waits(new Text(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "@CoffeeHouse waited 15 mins for a latte and got a cappuccino",
            "We waited for forty five minutes in vain.",
            "on hold for over an hour",
            "45 minutes on hold and then the line went dead",
            "two hours on the tarmac with no update",
            "the train was 40 minutes late",
            "been waiting a couple of weeks for my refund",
            "stuck at the gate for 3 hours",
            "waited 2hrs",
            "ordered 3 weeks ago, still shows processing",
            "@Nationwide transfer to my daughter's account has been pending since Friday",
            "internet has been dropping out every evening since the storm",
            "no hot water since 6am",
            "waited half an hour for the bus",
            "is there any way to get a real person on the phone? been trying since 7am",
            "love the store but the parking lot hasn't been plowed in two days",
            "haven't heard back in 3 weeks",
            "@AcmeNet been on hold for hours",
            "@AmericanAir I've been trying to get through for days",
            "nothing like a 2 hour queue at passport control to welcome you home",
            "the rebooking line is a 3 hour wait",
            "We were seated next to the kitchen door and the food took over an hour.",
            "the replacement took more than 3 weeks to arrive"})
    void aWaitToldInTimeIsComplaintLanguage(String text) {
        List<Cue> cues = cues(text);
        assertEquals(1, cues.size(), text);
        assertEquals(TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, cues.get(0).rule());
        assertTrue(cues.get(0).weight() < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "wait a minute, is the sale still on?",
            "delivered in 2 days, thank you",
            "ordered 3 weeks ago and it was lovely",
            "the flight takes 9 hours",
            "the repair took 2 days, all good now",
            "she took over the account 3 weeks ago",
            "my driver got here in 20 minutes in the snow",
            "we waited for a table",
            "been a customer since March and never had a problem",
            "that's no problem since the vegan only visits once in a while",
            "I'm not tired! Been up since 4am",
            "been with you for 6 years and never had a problem in all that time",
            "haven't had a single issue in 5 years",
            "I'm not going back for 2 weeks",
            "I was worried my package would be late but it came a day early!"})
    void timeWithoutAWaitIsNot(String text) {
        assertEquals(List.of(), cues(text), text);
    }

    @Test
    void theCueShowsTheWaitAsWritten() {
        assertEquals("waited 15 mins", cues("@CoffeeHouse waited 15 mins for a latte").get(0).cue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "@TelcoUK Sam fixed the overcharge in 5 minutes. top service",
            "@PhoneMaker repair was done in an hour and they cleaned the case too",
            "@PizzaPlace driver got here in 20 minutes in the snow",
            "my refund was processed within a day",
            "returns were painless, money back in two days",
            "the chat agent solved my roaming issue in minutes",
            "sorted in 10mins",
            "@TeleOne my plan was switched over in five minutes",
            "shout out to Priya on the chat, fixed my router settings in no time",
            "@AirLux landed 20 minutes early, smooth flight",
            "parcel arrived a day early",
            "@HSBC_UK unblocked my card in two minutes on the app",
            "@InsureCo paid my claim within two days",
            "@JustEat order came 20 mins earlier than it said and still hot",
            "@ScottishPower engineer fitted the new meter in half an hour",
            "@Expedia agent rebooked our whole trip in 15 minutes after the airline cancelled",
            "@Hermes parcel turned up a day before the estimate",
            "@Boots prescription was sorted the same day I rang",
            "@BA lost our bag, it was delivered to the hotel the next morning",
            "@AppleSupport the genius bar replaced my battery same day",
            "@Amazon the return was picked up this morning and refunded by lunchtime",
            "@ScottishPower engineer came the next day after the power cut",
            "@Openreach line was back by the next morning",
            "@Tesco the eggs were smashed in my delivery, refunded straight away on the app",
            "@Currys replaced it immediately"})
    void aFixToldInMinutesHoursOrADayIsPraise(String text) {
        List<Cue> cues = TimeTold.quickFixes(new Text(text));
        assertEquals(1, cues.size(), text);
        assertEquals(TriageAnalyzer.PRAISE_LANGUAGE_RULE, cues.get(0).rule());
        assertTrue(cues.get(0).weight() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "it was supposed to be delivered in 2 days",
            "they promised it would be fixed within a day",
            "the parcel was not delivered in 3 days",
            "delivered in 3 weeks",
            "delivered in 10 days",
            "I will be in the office in 5 minutes",
            "waited in line for an hour",
            "the bus left 5 minutes early and I missed it",
            "it was supposed to arrive a day early",
            "my flight was cancelled a day before the scheduled date",
            "they said it would be fixed the next day",
            "it should have been fixed right away",
            "I request that you delete it immediately",
            "I sent them a letter immediately explaining the error",
            "this must be removed immediately from my report",
            "paid for next day delivery and it came a week later",
            "it was supposed to be fixed by lunchtime",
            "they said the engineer would come the next day",
            "ordered by lunchtime for same day dispatch and it never came",
            "I was told I'd get a call back within 24 hours, that was Monday."})
    void aPromiseASlowFixOrNoFixIsNot(String text) {
        assertEquals(List.of(), TimeTold.quickFixes(new Text(text)), text);
    }

    @Test
    void aFailureCountedInTimesIsComplaintLanguage() {
        assertEquals("five times", TimeTold.repeats(new Text("cut off mid-call five times in one day")).get(0).cue());
        assertEquals(1, TimeTold.repeats(new Text("I have called 3 times")).size());
        assertEquals(List.of(), TimeTold.repeats(new Text("the new model charges 5 times faster")));
        assertEquals(List.of(), TimeTold.repeats(new Text("I go to the gym 3 times a week")));
        assertEquals(List.of(), TimeTold.repeats(new Text("it costs three times the price elsewhere")));
        assertEquals(List.of(), TimeTold.repeats(new Text("the 1 times table")));
        assertEquals(List.of(), TimeTold.repeats(new Text("I have eaten here multiple times, always delicious")));
    }

    @Test
    void aTroubleCountedByItsOrderIsComplaintLanguage() {
        assertEquals("third delay", TimeTold.repeats(new Text("@united great job, third delay today")).get(0).cue());
        assertEquals("4th time", TimeTold.repeats(new Text("@comcast wow internet down for the 4th time this week, impressive")).get(0).cue());
        assertEquals(List.of(), TimeTold.repeats(new Text("my third time visiting the park, love it")), "nothing gone wrong");
        assertEquals(List.of(), TimeTold.repeats(new Text("my dad just called me for the third time today")), "a call is no trouble");
        assertEquals("another cancellation", TimeTold.repeats(new Text("@Southern oh good, another cancellation")).get(0).cue());
        assertEquals(List.of(), TimeTold.repeats(new Text("I'd like to book another flight")), "another is no trouble");
        assertEquals("fourth email", TimeTold.repeats(new Text("This is the fourth email I've sent about the same refund.")).get(0).cue());
        assertEquals(List.of(), TimeTold.repeats(new Text("a second email with the photos is on its way")), "a follow-up");
        assertEquals(List.of(), TimeTold.repeats(new Text("I'll send another email tomorrow")), "another contact is no trouble");
    }

    @Test
    void askedWhyAThingKeepsHappeningIsComplaintLanguage() {
        assertEquals("why ... keep playing",
                TimeTold.repeats(new Text("@Spotify why does my playlist keep playing the same 20 songs when shuffle is on")).get(0).cue());
        assertEquals(1, TimeTold.repeats(new Text("why do you keep sending me these emails")).size());
        assertEquals(List.of(), TimeTold.repeats(new Text("my playlist keeps playing my favourite songs")), "not asked why");
        assertEquals(List.of(), TimeTold.repeats(new Text("refund the next day. that's why I keep coming back")), "a reason, not a question");
        assertEquals(List.of(), TimeTold.repeats(new Text("why does the new season start in may? keep going")), "another question");
    }

    @Test
    void anAmountPaidForAndAnotherGotIsComplaintLanguage() {
        assertEquals("paying for 300mbps and getting 12",
                TimeTold.shortfalls(new Text("so I'm paying for 300mbps and getting 12. cool cool cool")).get(0).cue());
        assertEquals(1, TimeTold.shortfalls(new Text("paid for 2 bags, got 1")).size());
        assertEquals(List.of(), TimeTold.shortfalls(new Text("paid for 2 tickets and got 2 seats together")), "the same amount");
        assertEquals(List.of(), TimeTold.shortfalls(new Text("paid for next day delivery and got it the next day")), "no amount");
    }
}
