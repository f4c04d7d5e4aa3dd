package io.complaints.triage.evaluation;

import io.complaints.triage.analysis.ComplaintFacts;
import io.complaints.triage.analysis.Emotion;
import io.complaints.triage.analysis.TriageAnalyzer;
import io.complaints.triage.analysis.TriageResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a file of posts to companies once, as social listening sends them, and prints the three figures the module
 * README records for fresh sets (3-class macro-F1, complaint-or-not F1, anger F1) and every post read otherwise than
 * meant. The file is in {@link WrittenPosts}' format: the sentiment meant, 1 or 0 for angry, optionally 1 or 0 for a
 * complaint (without that column a post meant negative is one), the text; lines starting with # are comments. For a fresh set written before
 * the rules it may lead to: read it once, note the figures, then look.
 *
 * <pre>./mvnw -pl triage-service -Pread-posts test-compile exec:java -Dposts=FILE</pre>
 *
 * With {@code -Dexplain=explain} each misreading is followed by the cues that moved it.
 */
public final class PostsReading {

    private PostsReading() {
    }

    public static void main(String[] args) throws IOException {
        boolean explain = args.length > 1 && args[1].equals("explain");
        List<WrittenPosts.Post> posts = WrittenPosts.read(Path.of(args[0]));
        List<TriageResult> results = TriageAnalyzer.withDefaults().analyzeAll(posts.stream()
                .map(post -> new ComplaintFacts(null, post.text(), true, "standard", null, null, null, 0)).toList());
        List<String> meant = posts.stream().map(WrittenPosts.Post::meant).toList();
        List<String> read = results.stream().map(result -> result.sentiment().label().name().toLowerCase(Locale.ROOT)).toList();
        List<String> texts = posts.stream().map(WrittenPosts.Post::text).toList();
        Detection complaints = Detection.of(texts, i -> posts.get(i).complaint(), i -> results.get(i).complaintConfidence() >= 0.5);
        Detection anger = Detection.of(texts, i -> posts.get(i).angry(), i -> results.get(i).emotion() == Emotion.ANGER);
        for (int i = 0; i < posts.size(); i++) {
            TriageResult result = results.get(i);
            boolean complaint = result.complaintConfidence() >= 0.5;
            boolean angry = result.emotion() == Emotion.ANGER;
            if (!read.get(i).equals(meant.get(i)) || complaint != posts.get(i).complaint() || angry != posts.get(i).angry()) {
                System.out.printf("meant %s%s%s, read %s%s%s (%.2f, complaint %.2f, anger %.2f): %s%n", meant.get(i),
                        posts.get(i).complaint() ? " complaint" : "", posts.get(i).angry() ? " angry" : "", read.get(i), complaint ? " complaint" : "", angry ? " angry" : "",
                        result.sentiment().score(), result.complaintConfidence(), result.anger(), posts.get(i).text());
                if (explain) {
                    result.explanation().forEach(cue -> System.out.printf("    %s  %s  %.3f%n", cue.rule(), cue.cue(), cue.weight()));
                }
            }
        }
        System.out.printf("%d posts: 3-class macro-F1 %.3f, complaint-or-not F1 %.3f, anger F1 %.3f%n", posts.size(),
                TriageEvaluation.macroF1(meant, read), complaints.f1(), anger.f1());
    }
}
