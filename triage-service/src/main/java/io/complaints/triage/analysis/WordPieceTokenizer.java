package io.complaints.triage.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as a Hugging Face {@code tokenizer.json} with a BertNormalizer, a
 * BertPreTokenizer and a WordPiece model describes it: clean the text, lower-case and strip accents, split on
 * white space and punctuation, then cut each word into the longest pieces the vocabulary knows ("##" marks a
 * piece inside a word); a word that cannot be cut is [UNK]. Written here because the usual Java tokenizer
 * (DJL's) loads a native library it downloads at run time. One departure: an emoji is a word of its own, and left
 * out where the vocabulary does not know it (most: "😡", "👍", "❤"), where BERT's tokenizer glues it to the word
 * before it and makes both one [UNK] ("late😡"). The model reads an [UNK] as mildly pleased ("@Pizzaro pizza was
 * stone cold when it got here 🥶👎": p(positive) 0.33 without the emoji, 0.49 with them); the cue lexicon reads
 * emoji instead.
 */
public final class WordPieceTokenizer {

    private static final String CONTINUATION = "##";

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int classification;
    private final int separator;
    private final int maxWordLength;

    WordPieceTokenizer(Map<String, Integer> vocabulary, int maxWordLength) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = id("[UNK]");
        this.classification = id("[CLS]");
        this.separator = id("[SEP]");
        this.maxWordLength = maxWordLength;
    }

    public static WordPieceTokenizer fromTokenizerJson(InputStream json) throws IOException {
        JsonNode model = new ObjectMapper().readTree(json).path("model");
        if (!"WordPiece".equals(model.path("type").asText())) {
            throw new IllegalArgumentException("not a WordPiece tokenizer: " + model.path("type").asText());
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            vocabulary.put(entry.getKey(), entry.getValue().asInt());
        }
        return new WordPieceTokenizer(vocabulary, model.path("max_input_chars_per_word").asInt(100));
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token);
        }
        return id;
    }

    /** One more than the highest piece id. */
    public int vocabularySize() {
        return vocabulary.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    /** [CLS], the text's pieces (at most {@code maxTokens - 2} of them), [SEP]. */
    public int[] encode(String text, int maxTokens) {
        List<Integer> ids = new ArrayList<>();
        ids.add(classification);
        for (String word : words(text)) {
            if (ids.size() >= maxTokens - 1) {
                break;
            }
            pieces(word, ids);
        }
        List<Integer> kept = ids.size() > maxTokens - 1 ? ids.subList(0, maxTokens - 1) : ids;
        int[] encoded = new int[kept.size() + 1];
        for (int i = 0; i < kept.size(); i++) {
            encoded[i] = kept.get(i);
        }
        encoded[kept.size()] = separator;
        return encoded;
    }

    /** The pieces as text, for tests and explanations. */
    public List<String> tokens(String text) {
        Map<Integer, String> byId = new HashMap<>();
        vocabulary.forEach((token, id) -> byId.put(id, token));
        List<String> tokens = new ArrayList<>();
        for (int id : encode(text, Integer.MAX_VALUE)) {
            tokens.add(byId.get(id));
        }
        return tokens.subList(1, tokens.size() - 1);
    }

    private void pieces(String word, List<Integer> ids) {
        if (Text.isEmoji(word.codePointAt(0)) && !vocabulary.containsKey(word)) {
            return;
        }
        if (word.length() > maxWordLength) {
            ids.add(unknown);
            return;
        }
        int added = ids.size();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer piece = null;
            while (start < end) {
                String candidate = start == 0 ? word.substring(start, end) : CONTINUATION + word.substring(start, end);
                piece = vocabulary.get(candidate);
                if (piece != null) {
                    break;
                }
                end--;
            }
            if (piece == null) {
                ids.subList(added, ids.size()).clear();
                ids.add(unknown);
                return;
            }
            ids.add(piece);
            start = end;
        }
    }

    /** BertNormalizer (clean, CJK spaced, lower case, accents stripped) and BertPreTokenizer; emoji apart. */
    static List<String> words(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.isISOControl(c) && !Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Text.isEmojiModifier(c)) {
                flush(word, words);
            } else if (punctuation(c) || cjk(c) || Text.isEmoji(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean punctuation(int c) {
        if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean cjk(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x20000 && c <= 0x2A6DF
                || c >= 0x2A700 && c <= 0x2B81F || c >= 0xF900 && c <= 0xFAFF || c >= 0x2F800 && c <= 0x2FA1F;
    }
}
