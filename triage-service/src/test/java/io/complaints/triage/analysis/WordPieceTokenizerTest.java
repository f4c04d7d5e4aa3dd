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
        assertEquals(List.of("[UNK]"), tokenizer.tokens("\uA66E\uA66E"));
    }

    @Test
    void anEmojiIsAWordOfItsOwnAndLeftOutWhereTheVocabularyDoesNotKnowIt() {
        // BERT's tokenizer: "late😡" one word, [UNK]
        assertEquals(List.of("late", "again"), tokenizer.tokens("late\uD83D\uDE21 again \uD83E\uDD26\uD83C\uDFFD\u200D\u2640\uFE0F"));
        assertEquals(List.of("i", "\u2665", "it"), tokenizer.tokens("I\u2665it"));
    }

    @Test
    void aLongTextIsCutToTheLimitAndKeepsItsMarkers() {
        int[] ids = tokenizer.encode("refund ".repeat(500), 16);
        assertEquals(16, ids.length);
        assertEquals(101, ids[0], "[CLS]");
        assertEquals(102, ids[15], "[SEP]");
    }
}
