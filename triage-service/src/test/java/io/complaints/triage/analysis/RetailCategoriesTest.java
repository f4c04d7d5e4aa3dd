package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The category model learned from consumer-finance complaints; these are the retail complaints the platform's
 * users send, written for this test (no licensed retail sample exists). The model must not pull them into
 * account problems where their words name their category.
 */
class RetailCategoriesTest {

    private static final TriageAnalyzer ANALYZER = TriageAnalyzer.withDefaults();

    private record Example(String text, Category category) {
    }

    private static final List<Example> RETAIL = List.of(
            new Example("My order never arrived and I want a refund NOW!", Category.DELIVERY),
            new Example("My order 1234 never arrived and I want a refund now! This is the third time I write.", Category.DELIVERY),
            new Example("I was charged twice for order 55, please fix it today.", Category.BILLING_REFUND),
            new Example("I was charged twice for the same order, please fix it.", Category.BILLING_REFUND),
            new Example("The blender from order 7 cracked on first use and the jug leaks everywhere. Poor quality.", Category.PRODUCT_QUALITY),
            new Example("Hello, parcel 7 arrived two days later than promised. Not a big deal, just letting you know.", Category.DELIVERY),
            new Example("The agent on the phone about order 9 was rude and hung up on me. Unprofessional.", Category.SERVICE_BEHAVIOUR),
            new Example("I cannot log in to my account since order 9, the password reset link gives an error.", Category.ACCOUNT_TECHNICAL),
            new Example("The charger from order 9 overheated and started to smoke. This is dangerous!", Category.PRODUCT_QUALITY),
            new Example("Still waiting for the refund of order 9 after three weeks. I will cancel my membership.", Category.BILLING_REFUND),
            new Example("Order 9: wrong size delivered and the return label does not work.", Category.DELIVERY),
            new Example("My lawyer will take legal action if the double charge on order 9 is not reversed.", Category.BILLING_REFUND),
            new Example("You charged me TWICE for the same order and nobody answers my emails! My lawyer will take legal action if this is not fixed TODAY!!", Category.BILLING_REFUND),
            new Example("My package has been stuck in transit for two weeks and nobody answers my emails.", Category.DELIVERY),
            new Example("The jacket I received is torn at the seam and the zipper broke after one day.", Category.PRODUCT_QUALITY),
            new Example("You took money from my card but the order was cancelled and I have not got my money back.", Category.BILLING_REFUND),
            new Example("Your website keeps crashing at checkout and I get an error every time.", Category.ACCOUNT_TECHNICAL),
            new Example("The store manager was incredibly rude and refused to help me.", Category.SERVICE_BEHAVIOUR),
            new Example("The phone looked nothing like the pictures and the battery life is half of what was promised.", Category.UNMET_EXPECTATIONS),
            new Example("My subscription renewed without warning and I was billed for a full year.", Category.BILLING_REFUND),
            new Example("The food was cold and the delivery driver was two hours late.", Category.DELIVERY),
            new Example("I have been locked out of my account for a week and support won't reset it.", Category.ACCOUNT_TECHNICAL),
            new Example("I ordered a sofa six weeks ago and it still has not been delivered, the tracking page just says processing.", Category.DELIVERY),
            new Example("The box arrived crushed and the vase inside was in pieces.", Category.PRODUCT_QUALITY),
            new Example("You sent me the wrong item and now want me to pay for the return shipping.", Category.DELIVERY),
            new Example("I returned the shoes a month ago and I am still waiting for my refund to show up on my card.", Category.BILLING_REFUND),
            new Example("Your chat assistant kept ignoring my question and then closed the chat on me.", Category.SERVICE_BEHAVIOUR),
            new Example("The two factor code never comes through so I can't get into my account to see my orders.", Category.ACCOUNT_TECHNICAL),
            new Example("The hotel charged a resort fee that was never mentioned when I booked.", Category.BILLING_REFUND),
            new Example("The mattress sags in the middle after three months, it is supposed to last ten years.", Category.PRODUCT_QUALITY),
            new Example("The headphones do not connect over bluetooth at all, I tried two phones.", Category.PRODUCT_QUALITY),
            new Example("The advert said free installation but the technician asked for 80 euros.", Category.UNMET_EXPECTATIONS),
            new Example("I was promised a call back within 24 hours and nobody ever called.", Category.SERVICE_BEHAVIOUR),
            new Example("The driver left my parcel in the rain outside the building and it got soaked.", Category.DELIVERY),
            new Example("My card was debited but the app shows the order as unpaid.", Category.BILLING_REFUND),
            new Example("The coffee machine makes a loud noise and the coffee tastes burnt.", Category.PRODUCT_QUALITY),
            new Example("After the update the app logs me out every few minutes and I lose my basket.", Category.ACCOUNT_TECHNICAL),
            new Example("Your staff at the checkout were laughing at me and refused to call a manager.", Category.SERVICE_BEHAVIOUR),
            new Example("The washing machine stopped working after a month and leaks water.", Category.PRODUCT_QUALITY));

    @Test
    void retailComplaintsKeepTheCategoryTheirWordsName() {
        List<String> wrong = new ArrayList<>();
        List<TriageResult> results = ANALYZER.analyzeAll(RETAIL.stream()
                .map(example -> new ComplaintFacts(null, example.text(), false, "standard", null, null, null, 0)).toList());
        for (int i = 0; i < RETAIL.size(); i++) {
            if (results.get(i).category() != RETAIL.get(i).category()) {
                wrong.add(RETAIL.get(i).text() + " -> " + results.get(i).category());
            }
        }
        // the misses left: two product faults named by no cue word ("sags" read as "other", "do not connect over
        // bluetooth" as a technical problem) and a call back promised and never made, which the model reads as
        // a promise broken (unmet expectations) rather than as how staff behave
        assertTrue(wrong.size() <= 3, wrong.size() + " of " + RETAIL.size() + " wrong: " + wrong);
    }
}
