package io.complaints.triage.analysis;

import io.complaints.triage.evaluation.Detection;
import io.complaints.triage.evaluation.TriageEvaluation;
import io.complaints.triage.evaluation.WrittenPosts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts to companies as social listening sends them, written for this test (no licensed set of complaint and
 * non-complaint posts is reachable): problems reported plainly, grievances put as questions, sarcasm; and
 * questions, requests, praise and chatter; and 250 more, each with the sentiment its writer meant
 * ({@code public-posts-sentiment.tsv}). The signal, the weight of a question's sentiment, sarcasm, time told and
 * praise language were adjusted looking at these, so they guard against regressions; they are no independent measure.
 * The same holds for the 1,882 messages labelled angry or not ({@code public-posts-anger.tsv}) and the anger rules,
 * and for the 60 posts full of emoji ({@code public-posts-emoji.tsv}) and the emoji rules. Since session 21 the
 * sentiment models learn from these files too (SentimentModelTrainer; the module README has their 10-fold figures),
 * and from 62 posts that tell a trouble and what the company did about it ({@code public-posts-resolutions.tsv}).
 */
class PublicPostsTest {

    private static final TriageAnalyzer ANALYZER = TriageAnalyzer.withDefaults();

    private static final List<String> COMPLAINTS = List.of(
            "@AcmeAir flight 221 delayed again, third time this month",
            "@ShopCo my package says delivered but it's not here",
            "@TelcoUK internet has been down since yesterday morning",
            "@BankOne why does your app log me out every five minutes",
            "@AcmeAir thanks for losing my luggage, great start to the holiday",
            "@PizzaPlace ordered 90 mins ago, still nothing",
            "@StreamFlix the app won't load on my tv anymore",
            "@ShopCo the jacket I ordered came in the wrong colour",
            "@TelcoUK been trying to cancel for 3 weeks and you keep billing me",
            "@BankOne card declined at the till even though I have money in my account. embarrassing",
            "@RailCo the 7:42 is cancelled again with no announcement",
            "@AcmeAir so no one is going to tell us why we've been sitting on the tarmac for two hours?",
            "@ShopCo can you explain why my refund still hasn't come through after a month?",
            "@CoffeeHouse got charged for a large, got a small. every single time",
            "@PhoneMaker my screen cracked on its own, phone is two weeks old",
            "@TelcoUK your customer service is a joke",
            "@HotelCo room smelled of smoke and the aircon didn't work",
            "@StreamFlix price went up again and the catalogue keeps shrinking",
            "@ShopCo where is my order?? it was supposed to arrive on monday",
            "@RideApp driver cancelled on me twice and I still got charged a fee",
            "@BankOne 45 minutes on hold and then the line went dead",
            "@PizzaPlace pizza arrived cold and missing the sides we paid for",
            "@AcmeAir seat was broken and wouldn't recline for a 9 hour flight",
            "@TelcoUK paying for 100mb and getting 5. brilliant",
            "@ShopCo your website keeps giving me an error when I try to pay",
            "@GymCo you took a payment after I cancelled my membership",
            "@HotelCo booked a sea view, got a view of the car park",
            "@PhoneMaker the latest update drained my battery completely",
            "@RailCo no heating on this train and it's minus 2 outside",
            "@StreamFlix keeps buffering every 5 minutes, unwatchable",
            "@BankOne still no reply to my email from two weeks ago",
            "@ShopCo item arrived with a big scratch on the front, not impressed",
            "@RideApp how is a 10 minute ride $48??",
            "@AcmeAir missed my connection because of your delay and nobody is helping",
            "@TelcoUK I've reported this fault four times now",
            "@CoffeeHouse found a hair in my sandwich today. gross",
            "@PizzaPlace wrong order delivered, again",
            "@ShopCo tracking hasn't updated in 6 days",
            "@BankOne who thought it was a good idea to remove the transfer button from the app",
            "@HotelCo waited an hour to check in, staff couldn't care less");

    private static final List<String> NOT_COMPLAINTS = List.of(
            "@AcmeAir what's the baggage allowance for a domestic flight?",
            "@ShopCo do you have the blue version in stock?",
            "@TelcoUK can I upgrade my plan early?",
            "@BankOne thanks for sorting my card so quickly today!",
            "@PizzaPlace best pizza in town, as always",
            "@StreamFlix when does the new season come out?",
            "@RailCo is the 8:15 running on time today?",
            "@CoffeeHouse loving the new autumn menu",
            "@HotelCo we had a lovely stay, thank you to the reception team",
            "@PhoneMaker is the new model compatible with my old charger?",
            "@ShopCo just placed my first order, excited to try it out",
            "@RideApp my driver Sam was super friendly, give him a raise",
            "@AcmeAir heading to Lisbon with you tomorrow, can't wait",
            "@GymCo what time do you open on bank holidays?",
            "@TelcoUK hi, I'm moving house next month, how do I transfer my broadband?",
            "@BankOne do you offer student accounts?",
            "@StreamFlix any recommendations for a rainy sunday?",
            "@ShopCo happy birthday to the team! 10 years already",
            "watching the game tonight with @PizzaPlace delivery",
            "@CoffeeHouse the barista at the station branch made my day",
            "@HotelCo is breakfast included in the weekend rate?",
            "@RailCo thank you for the quick help with my lost umbrella",
            "@PhoneMaker just got the new phone, camera is amazing",
            "@AcmeAir can I bring my guitar as hand luggage?",
            "@ShopCo please send me the link to your returns policy",
            "@TelcoUK I'd like to add a second line to my contract",
            "@BankOne great app update, much faster now",
            "@RideApp got a promo code in my email, does it work for airport rides?",
            "@GymCo the new classes are brilliant, well done",
            "@StreamFlix that documentary last night was incredible",
            "@PizzaPlace are you open on christmas eve?",
            "@HotelCo do you allow dogs?",
            "@ShopCo will there be a black friday sale this year?",
            "@CoffeeHouse where can I buy your beans online?",
            "@AcmeAir what a view from the window seat this morning",
            "@TelcoUK switched to you last month and no regrets so far",
            "@RailCo first class upgrade was worth every penny",
            "@BankOne how long does an international transfer usually take?",
            "@PhoneMaker does the warranty cover water damage?",
            "@RideApp is there a way to schedule a ride in advance?");

    @Test
    void complaintsAreToldFromQuestionsRequestsAndPraise() {
        List<String> missed = wronglyRead(COMPLAINTS, true);
        List<String> falseAlarms = wronglyRead(NOT_COMPLAINTS, false);
        double found = COMPLAINTS.size() - missed.size();
        double f1 = 2 * found / (2 * found + missed.size() + falseAlarms.size());
        // left: sarcasm ("thanks for losing my luggage, great start"; "paying for 100mb and getting 5. brilliant"),
        // a let-down no word names (a sea view that looks onto the car park), a rhetorical "who thought ...";
        // a question about water damage and a post that only mentions a delivery read as complaints
        assertTrue(f1 >= 0.88, "F1 " + f1 + "; missed " + missed + "; false alarms " + falseAlarms);
    }

    /** Posts as meant and as triaged, with the figures the tests check. */
    private record ReadPosts(List<WrittenPosts.Post> posts, List<TriageResult> results) {

        static ReadPosts of(String resource) throws IOException {
            List<WrittenPosts.Post> posts = WrittenPosts.of(resource);
            return new ReadPosts(posts, triaged(texts(posts)));
        }

        List<String> meant() {
            return posts.stream().map(WrittenPosts.Post::meant).toList();
        }

        List<String> read() {
            return results.stream().map(result -> result.sentiment().label().name().toLowerCase(Locale.ROOT)).toList();
        }

        double macroF1() {
            return TriageEvaluation.macroF1(meant(), read());
        }

        Detection complaints() {
            return Detection.of(texts(posts), i -> posts.get(i).complaint(),
                    i -> results.get(i).complaintConfidence() >= 0.5);
        }

        Detection anger() {
            return Detection.of(texts(posts), i -> posts.get(i).angry(), i -> results.get(i).emotion() == Emotion.ANGER);
        }

        private static List<String> texts(List<WrittenPosts.Post> posts) {
            return posts.stream().map(WrittenPosts.Post::text).toList();
        }
    }

    /** The rated posts ({@code public-posts-sentiment.tsv}), read once for both tests. */
    private static ReadPosts rated;

    /** The messages labelled angry or not ({@code public-posts-anger.tsv}), with their sentiment, read once for both tests. */
    private static ReadPosts angerFile;

    @BeforeAll
    static void triageTheRatedPosts() throws IOException {
        rated = ReadPosts.of("/public-posts-sentiment.tsv");
        angerFile = ReadPosts.of("/public-posts-anger.tsv");
    }

    @Test
    void theSentimentOfPostsToCompaniesIsReadInThreeClasses() {
        List<String> meant = rated.meant();
        List<String> read = rated.read();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < meant.size(); i++) {
            if (!meant.get(i).equals(read.get(i))) {
                wrong.add(rated.posts().get(i).text() + " (" + read.get(i) + " "
                        + rated.results().get(i).sentiment().score() + ")");
            }
        }
        // 0.920 with session 25's rules and models, 0.908 with its models and the rules before; 0.912 with the models
        // trained on the posts too; 0.839 before (0.831 while a question's pleasant words
        // counted); 0.754 before sarcasm, time told and praise language were read (the first 80 alone: 0.76 when a
        // plain question counted the classifiers' whole opinion, as they read questions mildly negative)
        double macroF1 = TriageEvaluation.macroF1(meant, read);
        assertTrue(macroF1 >= 0.9, "macro-F1 " + macroF1 + "; wrong " + wrong);
    }

    @Test
    void theRatedPostsMeantNegativeAreReadAsComplaints() {
        Detection complaints = rated.complaints();
        // 0.952 with session 25's rules and models (0.934 with the rules before them: "no questions asked", a fraud caught
        // is no fraud told, "what am I paying for" no question asked);
        // 0.934 with session 24's rules and models (0.940 with its rules and the models before: a question after a trouble
        // told in the same sentence is the grievance put); 0.933 with the models trained on the posts too, 0.885 before;
        // 0.793 before sarcasm, time told and praise language were read
        assertTrue(complaints.f1() >= 0.92, complaints.toString());
    }

    @Test
    void angerIsReadWhereTheWriterIsAngryAndNotInEveryGrievance() {
        Detection anger = angerFile.anger();
        // 0.919 on all 1,882 (three sets read once, added in session 25: 1.0, 0.889 and 0.857 on their own as read),
        // 0.886 with the same models and the rules before session 25's (mockery alone no anger, "how is this legal",
        // "greedy", "have you no shame", "fobbing me off"); 0.886 on all 1,702 (three sets read once, added in session
        // 24: 0.667, 0.667 and 0.667 on their own as read;
        // one post that was in the file twice removed), 0.872 with the same models and the rules before session 24's
        // (an ultimatum, "ffs", "u people", "the rudest", acronyms in capitals not shouting); 0.881 on all 1,545 (three
        // sets read once, added in session 23: 0.857, 0.857 and 1.0 on their own); 0.879 on the first 1,365; 0.874 on
        // the first 1,245 (three sets read once, added in session 22: 1.0, 0.0 and 0.667 on their own); 0.882 on the
        // first 1,083 with the models trained on the posts too (0.872 before); 0.866 on the first 963 (0.844 with the
        // code before session 20's rules); 0.874 on the first 663 (0.867 with the code before session 19's rules),
        // 0.880 on the first 489, 0.879 on the first 439 (0.855 with the code before session 17's rules); 0.885 on the
        // first 270, 0.822 before words stopped one by one, reproachful "even" questions and more stressed words were
        // read; the first 150: 0.876, and 0.44 before exasperation, stress in capitals and blame were read
        assertTrue(anger.f1() >= 0.9, anger.toString());
    }

    @Test
    void theMessagesLabelledForAngerAreReadInThreeClassesAndAsComplaints() {
        Detection complaints = angerFile.complaints();
        // all 1,882: 0.927 and 0.972, the models trained on them all (0.919 and 0.967 with the same models and the rules
        // before session 25's: a plain question keeps less of the classifiers' gloom, a fraud caught is no fraud told);
        // all 1,702: 0.925 and 0.969, the models trained on them all (0.921 and 0.969 on the first 1,545 with session
        // 24's rules, before its sets joined); all 1,545: 0.919 and 0.967, the models trained on them all (0.917 and 0.966
        // on the first 1,365 with session 23's rules, before its sets joined); all 1,365: 0.914 and 0.966, the models
        // trained on them all; the first 1,245: 0.921 and 0.968 (three sets read
        // once, added in session 22); the first 1,083: 0.931 and 0.973, 0.925 and 0.974 with the models of session 21,
        // trained on them (0.851 and 0.925 before); the first 963: 0.864 and 0.933 (0.821 and 0.905 with the code
        // before session 20's rules); the first 663: 0.862 and 0.935 (0.847 and 0.926 with the code before session 19's
        // rules); the first 489: 0.869 and 0.941; the first 439: 0.871 and 0.943, 0.832 and 0.918 before letter
        // formulas, a day named, plans told, the words VADER lacks and the rest of session 17's rules; the first 270:
        // 0.841 and 0.948 before them, 0.817 and 0.931 before negation kept to its clause, "can't thank you enough",
        // "no fuss", quoted praise and arrivals early
        double macroF1 = angerFile.macroF1();
        assertTrue(macroF1 >= 0.91, "macro-F1 " + macroF1 + "; read " + angerFile.read());
        assertTrue(complaints.f1() >= 0.96, complaints.toString());
    }

    @Test
    void postsThatSayMuchInEmojiAreReadAsMeant() throws IOException {
        ReadPosts emoji = ReadPosts.of("/public-posts-emoji.tsv");
        Detection complaints = emoji.complaints();
        Detection anger = emoji.anger();
        // 0.945, 1.0 and 1.0 (3-class 0.886 while a question's pleasant words counted); 0.802, 0.980 and 0.615
        // before emoji were read
        double macroF1 = emoji.macroF1();
        assertTrue(macroF1 >= 0.85, "macro-F1 " + macroF1 + "; read " + emoji.read());
        assertTrue(complaints.f1() >= 0.95, complaints.toString());
        assertTrue(anger.f1() >= 0.9, anger.toString());
    }

    @Test
    void praiseThatTellsTheTroubleItAnswersIsNotReadAsTheTrouble() throws IOException {
        ReadPosts resolutions = ReadPosts.of("/public-posts-resolutions.tsv");
        Detection complaints = resolutions.complaints();
        // 0.586 and 0.881 with session 23's rules (a fix told after the trouble turns it as a "but" does, a fix done
        // "same day" or "by lunchtime", the trouble a question only supposes), which the floors fail without; 0.536
        // and 0.852 with the models trained on them too, a fix told by "the next day" and phrases weighed by their side
        // of a "but"; 0.463 and 0.722 with the code before (the praise read as its trouble: "card was stolen ... claim
        // settled by Thursday")
        double macroF1 = resolutions.macroF1();
        assertTrue(macroF1 >= 0.56, "macro-F1 " + macroF1 + "; read " + resolutions.read());
        assertTrue(complaints.f1() >= 0.86, complaints.toString());
    }

    /** As social listening sends posts: public, from a standard customer. */
    private static List<TriageResult> triaged(List<String> posts) {
        return ANALYZER.analyzeAll(posts.stream()
                .map(post -> new ComplaintFacts(null, post, true, "standard", null, null, null, 0)).toList());
    }

    private static List<String> wronglyRead(List<String> posts, boolean complaints) {
        List<TriageResult> results = triaged(posts);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            if (results.get(i).flags().contains(Flag.NOT_A_COMPLAINT) == complaints) {
                wrong.add(posts.get(i) + " (" + results.get(i).complaintConfidence() + ")");
            }
        }
        return wrong;
    }
}
