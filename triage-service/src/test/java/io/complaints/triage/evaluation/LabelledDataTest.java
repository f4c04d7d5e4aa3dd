package io.complaints.triage.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelledDataTest {

    @Test
    void csvFieldsMayHoldCommasQuotesAndLineBreaks() {
        List<List<String>> rows = LabelledData.Csv.parse("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n");
        assertEquals(List.of("a", "b", "c"), rows.get(0));
        assertEquals(List.of("1", "x, \"y\"\nz", "3"), rows.get(1));
        assertEquals(2, rows.size());
    }

    @Test
    void macroF1AveragesTheClasses() {
        assertEquals(1.0, TriageEvaluation.macroF1(List.of("a", "b"), List.of("a", "b")), 1e-9);
        assertEquals(2.0 / 3, TriageEvaluation.macroF1(List.of("a", "a"), List.of("a", "b")), 1e-9, "precision 1, recall 1/2");
    }
}
