package io.complaints.triage.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Which texts the triage read as meant (found), which it missed, and which it read so though not meant. */
public record Detection(int found, List<String> missed, List<String> falseAlarms) {

    public static Detection of(List<String> texts, IntPredicate meant, IntPredicate read) {
        int found = 0;
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (meant.test(i) && read.test(i)) {
                found++;
            } else if (meant.test(i)) {
                missed.add(texts.get(i));
            } else if (read.test(i)) {
                falseAlarms.add(texts.get(i));
            }
        }
        return new Detection(found, missed, falseAlarms);
    }

    public double f1() {
        return 2.0 * found / (2 * found + missed.size() + falseAlarms.size());
    }

    @Override
    public String toString() {
        return "F1 " + f1() + "; missed " + missed + "; false alarms " + falseAlarms;
    }
}
