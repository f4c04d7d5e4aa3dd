package io.complaints.triage.analysis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordPieceTokenizerTest {

    private static WordPieceTokenizer tokenizer;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream json = WordPieceTokenizer.class.getResourceAsStream(SentenceEmbedding.TOKENIZER_RESOURCE)) {
            tokenizer = WordPieceTokenizer.fromTokenizerJson(json);
        }
    }

    @Test
    void wordsAreLowerCasedAndCutIntoTheLongestKnownPieces() {
        // BERT's own example: "unaffable" is not in the vocabulary, its pieces are
        assertEquals(List.of("my", "order", "never", "arrived", "una", "##ffa", "##ble"),
                tokenizer.tokens("My ORDER never arrived unaffable"));
    }

    @Test
    void punctuationIsItsOwnTokenAndAccentsAreStripped() {
        assertEquals(List.of("i", "'", "m", "furious", "!", "!", "cafe", "naive", "."),
                tokenizer.tokens("I'm furious!! Café naïve."));
    }

    @Test
    void aWordTheVocabularyCannotSpellIsUnknown() {
        assertEquals(List.of("[UNK]"), tokenizer.tokens("\u2603\u2603"));
    }

    @Test
    void aLongTextIsCutToTheLimitAndKeepsItsMarkers() {
        int[] ids = tokenizer.encode("refund ".repeat(500), 16);
        assertEquals(16, ids.length);
        assertEquals(101, ids[0], "[CLS]");
        assertEquals(102, ids[15], "[SEP]");
    }
}
