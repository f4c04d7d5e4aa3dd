package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueLexiconsTest {

    private static CueLexicons lexicons(String tsv) throws Exception {
        return CueLexicons.parse(new BufferedReader(new StringReader(tsv)));
    }

    @Test
    void wordsPrefixesAndPhrasesMatchWholeWords() throws Exception {
        CueLexicons lexicons = lexicons("billing\trefund*\t1\nbilling\tcharged twice\t0.5\nbilling\tfee\t0.3\n");
        CueLexicons.Matches matches = lexicons.match(new Text("I was CHARGED twice, refunded once, and the coffee was cold"));
        assertEquals(1.5, matches.total("billing"), 1e-9, "refund* and 'charged twice'; 'coffee' is not 'fee'");
    }

    @Test
    void anEntryCountsOncePerText() throws Exception {
        CueLexicons lexicons = lexicons("anger\tidiot*\t0.3\n");
        assertEquals(0.3, lexicons.match(new Text("idiots idiots IDIOTS")).total("anger"), 1e-9);
    }

    @Test
    void aRuleWithoutMatchesHasNoCues() throws Exception {
        assertTrue(lexicons("anger\tidiot\t0.3\n").match(new Text("all fine")).cues("anger").isEmpty());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lexicons("# c\nanger\tidiot\n"));
        assertTrue(e.getMessage().contains("line 2"));
    }

    @Test
    void aPhraseEndingInAStarIsRefusedAsOnlyAWordMatchesByPrefix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lexicons("praise\tlife saver*\t0.3\n"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aPhraseListedTwiceForOneRuleIsRefused() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lexicons("praise\tabsolute star\t0.3\npraise\ttop man\t0.25\npraise\tabsolute star\t0.3\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertEquals(0.3, lexicons("praise\tstar\t0.3\nemoji\tstar\t0.3\n").match(new Text("star")).total("praise"), 1e-9,
                "the same phrase for two rules");
    }

    @Test
    void theShippedPraiseLanguageKnowsItsPluralsAndIdioms() {
        CueLexicons shipped = CueLexicons.load();
        for (String post : new String[] {"you guys are lifesavers", "the crew were absolute stars", "legends",
                "a coffee for 2.50, can't beat it", "refund came through automatically, didn't have to ask",
                "upgraded us to a suite without us even asking", "the new burger is absolute class"}) {
            assertTrue(shipped.match(new Text(post)).total("sentiment:praise") > 0, post);
        }
    }

    @Test
    void theShippedComplaintLanguageTellsAnItemOnHoldFromACallOnHold() {
        CueLexicons shipped = CueLexicons.load();
        Text item = new Text("how long do you keep an item on hold for click and collect");
        assertEquals(0, shipped.match(item).total("sentiment:complaint"), 1e-9);
        assertEquals(0, shipped.match(item).total("emotion:frustration"), 1e-9);
        assertTrue(shipped.match(new Text("they put me on hold for 40 minutes")).total("sentiment:complaint") < 0);
    }

    @Test
    void theShippedLexiconHasEveryRuleTheAnalyzerUses() {
        CueLexicons shipped = CueLexicons.load();
        for (String rule : new String[] {"anger:insult", "urgency:safety", "flag:churn_threat", "category:delivery"}) {
            shipped.requireRule(rule);
        }
    }
}
