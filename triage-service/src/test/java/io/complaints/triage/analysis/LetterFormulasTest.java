package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LetterFormulasTest {

    @Test
    void aLetterIsReadWithoutItsGreetingWellWishingAndSignOff() {
        assertEquals("I was charged twice for order 4471 and nobody has replied to my emails.",
                LetterFormulas.body("Dear Sir or Madam, I was charged twice for order 4471 and nobody has replied to my emails. "
                        + "Kind regards, John Smith"));
        assertEquals("my broadband has been down since Friday. Please can someone call me.",
                LetterFormulas.body("Good morning,\nmy broadband has been down since Friday. Please can someone call me.\n\nBest regards,\nAnna"));
        assertEquals("The sofa delivered yesterday has a tear in the arm. Could you arrange a replacement?",
                LetterFormulas.body("Hi, I hope you are well. The sofa delivered yesterday has a tear in the arm. "
                        + "Could you arrange a replacement? Many thanks, Priya"));
        assertEquals("I am writing to complain about the state of the toilets.",
                LetterFormulas.body("Dear customer services,\nI am writing to complain about the state of the toilets.\nYours faithfully,\nR. Jones"));
        assertEquals("could you tell me when my new card will arrive?",
                LetterFormulas.body("Hello there! could you tell me when my new card will arrive? Thanks in advance for your help."));
    }

    @Test
    void aPostKeepsItsMentionsAndLosesOnlyItsGreeting() {
        assertEquals("@BankOne the app won't let me log in again", LetterFormulas.body("@BankOne good morning, the app won't let me log in again"));
        assertEquals("@BankOne the app won't let me log in again", LetterFormulas.body("@BankOne good morning the app won't let me log in again"));
    }

    @Test
    void thanksThatAreNotASignOffStay() {
        // no greeting: not a letter, so "Thanks Sam" thanks the agent
        assertEquals("@TelcoMax sorted in 2 minutes. Thanks Sam", LetterFormulas.body("@TelcoMax sorted in 2 minutes. Thanks Sam"));
        assertEquals("Mark fixed my boiler in an hour. Thanks!", LetterFormulas.body("Mark fixed my boiler in an hour. Thanks!"));
        assertEquals("I just wanted to say thank you to Mark who fixed my boiler today.",
                LetterFormulas.body("Dear team, I just wanted to say thank you to Mark who fixed my boiler today. Kind regards, Sue"));
    }

    @Test
    void wordsThatOnlyLookLikeAFormulaStay() {
        assertEquals("Hi I was charged twice", LetterFormulas.body("Hi I was charged twice"));
        assertEquals("the best customer service I have had", LetterFormulas.body("the best customer service I have had"));
        assertEquals("I hope you are going to refund me.", LetterFormulas.body("I hope you are going to refund me."));
        assertEquals("Kind regards", LetterFormulas.body("Kind regards"));
        assertEquals("Good service, thanks", LetterFormulas.body("Good service, thanks"));
    }
}
