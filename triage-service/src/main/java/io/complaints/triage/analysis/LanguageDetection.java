package io.complaints.triage.analysis;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of a complaint as an ISO 639-1 code, or "und". Text full of English function words is English
 * without asking the model; anything else goes to Apache OpenNLP's language detector (103 languages,
 * model {@code org.apache.opennlp:opennlp-models-langdetect}).
 */
public final class LanguageDetection {

    public static final String UNDETERMINED = "und";
    public static final String ENGLISH = "en";
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    // Words no other common language writes the same way ("a", "no", "so", "an" are left out for that reason).
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "and", "is", "was", "to", "of", "it",
            "i", "my", "you", "your", "for", "not", "have", "has", "that", "this", "with", "me", "we", "they", "are",
            "be", "been", "but", "at", "or", "do", "did", "will", "would", "just", "what", "when", "there", "their",
            "from", "about", "can't", "don't", "i'm", "it's", "get", "got", "very", "all", "out", "up", "if", "our");
    private static final int MAX_DETECTED_CHARS = 400;
    private static final int MIN_LETTERS = 12;
    /** The model spreads its confidence over 103 languages; trust it when the best clearly beats the runner-up. */
    private static final double MIN_LEAD = 1.1;

    private final ThreadLocal<LanguageDetectorME> detector;
    private final Map<String, String> twoLetterCodes = new HashMap<>();

    public LanguageDetection() {
        LanguageDetectorModel model = loadModel();
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
        for (String code : Locale.getISOLanguages()) {
            twoLetterCodes.put(Locale.forLanguageTag(code).getISO3Language(), code);
        }
    }

    public record Detection(String language, double confidence, String method) {
    }

    public Detection detect(Text text) {
        List<String> words = text.words();
        int functionWords = 0;
        int letters = 0;
        for (String word : words) {
            letters += word.length();
            if (ENGLISH_FUNCTION_WORDS.contains(word)) {
                functionWords++;
            }
        }
        if (functionWords >= 2 && functionWords * 7 >= words.size()) {
            return new Detection(ENGLISH, 1.0, "function-words");
        }
        if (letters < MIN_LETTERS) {
            return new Detection(UNDETERMINED, 0, "too-short");
        }
        String original = text.original();
        Language[] ranked = detector.get().predictLanguages(
                original.length() > MAX_DETECTED_CHARS ? original.substring(0, MAX_DETECTED_CHARS) : original);
        Language best = ranked[0];
        if (ranked.length > 1 && best.getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
            return new Detection(UNDETERMINED, best.getConfidence(), "opennlp");
        }
        String code = twoLetterCodes.getOrDefault(best.getLang(), best.getLang());
        return new Detection(code, best.getConfidence(), "opennlp");
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " missing: add org.apache.opennlp:opennlp-models-langdetect");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
