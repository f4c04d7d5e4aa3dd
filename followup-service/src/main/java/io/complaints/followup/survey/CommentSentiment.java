package io.complaints.followup.survey;

import com.vader.sentiment.analyzer.SentimentAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;

/** VADER's compound score of a survey comment, from the VADER library. */
public final class CommentSentiment {

    private CommentSentiment() {
    }

    public static double compound(String comment) {
        try {
            SentimentAnalyzer analyzer = new SentimentAnalyzer(comment);
            analyzer.analyze();
            return analyzer.getPolarity().get("compound");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
