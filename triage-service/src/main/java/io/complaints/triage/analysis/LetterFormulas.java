package io.complaints.triage.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formulas a letter or an e-mail opens and closes with: a greeting ("Dear Sir or Madam,", "Good morning,"), a
 * well-wishing ("I hope you are well.") and a sign-off ("Kind regards, John Smith"). They say nothing of the
 * complaint, yet VADER rates their words high ("good" +1.9, "dear" +1.6, "hope" +1.9, "kind" +2.4, "best" +3.2,
 * "sincerely" +2.1), so an e-mail that reports a fault politely read as pleased: "Good morning, my broadband has been
 * down since Friday and I work from home. Please can someone call me. Best regards, Anna" scored +0.45 and was no
 * complaint. Triage reads the body between them.
 */
public final class LetterFormulas {

    private static final Pattern MENTIONS = Pattern.compile("^(?:[@#][\\w.]+[\\s,:]*)*");
    /** "Dear" and what it addresses, up to the first punctuation mark or line end: "Dear customer services,". */
    private static final Pattern DEAR = Pattern.compile("^(?i:dear)\\s[^,.!?:;\\n]{1,40}[,.!:;\\n]\\s*");
    /**
     * A greeting, perhaps to someone ("Hi there,", "Hello team,", "Good afternoon Sam,"), closed by a punctuation mark
     * or a line end; "good morning" and its like need none ("@BankOne good morning the app won't ...").
     */
    private static final Pattern GREETING = Pattern.compile("^(?:(?i:good\\s+(?:morning|afternoon|evening))"
            + "(?:\\s+(?i:there|team|all|everyone|folks)|\\s+(?!I\\b)[A-Z][\\w'-]*)?\\s*[,.!:;\\n-]*"
            + "|(?i:hi|hello|hey|hiya|greetings|good\\s+day)(?:\\s+(?i:there|team|all|everyone|folks)|\\s+(?!I\\b)[A-Z][\\w'-]*)?"
            + "\\s*[,.!:;\\n-]+)\\s*");
    private static final Pattern WELL_WISHING = Pattern.compile("^(?i:(?:i\\s+)?hope\\s+(?:you(?:'re|\u2019re|\\s+are)"
            + "(?:\\s+all)?|all\\s+is|this\\s+(?:e-?mail|message|note|letter)\\s+finds\\s+you)(?:\\s+(?:doing|keeping))?"
            + "\\s+well)[^.!?\\n]*[.!?\\n]*\\s*");
    /** "Thank you in advance (for your help)": politeness before the help, wherever it stands. */
    private static final Pattern THANKS_IN_ADVANCE = Pattern.compile("(?i:\\b(?:many\\s+)?(?:thanks|thank\\s+you)"
            + "\\s+in\\s+advance)[^.!?\\n]*[.!?]*");
    private static final String NAME = "(?:\\s*(?!I\\b)[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,2})";
    /** A closing that is a formula wherever it ends a text, the writer's name after it or not. */
    private static final Pattern CLOSING = Pattern.compile("(^|[.!?,;\\n])\\s*(?i:(?:kind|best|warm|warmest|warm\\s+best)"
            + "\\s+(?:regards|wishes)|regards|yours\\s+(?:sincerely|faithfully|truly)|sincerely(?:\\s+yours)?|respectfully)"
            + "\\s*[,.!]*" + NAME + "?\\s*$");
    /** Thanks or a word of goodwill before the writer's name, which ends a letter: "Many thanks, Priya". */
    private static final Pattern CLOSING_WITH_NAME = Pattern.compile("(^|[.!?,;\\n])\\s*(?i:(?:many\\s+)?thanks(?:\\s+again)?"
            + "|thank\\s+you|cheers|best|all\\s+the\\s+best|take\\s+care)\\s*[,.!]*" + NAME + "\\s*$");

    private LetterFormulas() {
    }

    /** The text without its greeting, well-wishing and sign-off; the text itself where nothing else is left. */
    public static String body(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        Matcher mentions = MENTIONS.matcher(text);
        mentions.lookingAt();
        String addressed = text.substring(0, mentions.end());
        String rest = text.substring(mentions.end());
        String opened = strip(DEAR, rest);
        if (opened.equals(rest)) {
            opened = strip(GREETING, rest);
        }
        boolean letter = !opened.equals(rest);
        String body = strip(WELL_WISHING, opened);
        body = THANKS_IN_ADVANCE.matcher(body).replaceAll("").strip();
        body = stripClosing(CLOSING, body);
        if (letter) {
            body = stripClosing(CLOSING_WITH_NAME, body);
        }
        return body.isBlank() ? text : addressed + body;
    }

    private static String strip(Pattern opening, String text) {
        Matcher matcher = opening.matcher(text);
        return matcher.lookingAt() ? text.substring(matcher.end()) : text;
    }

    /** Drops the closing and keeps the punctuation mark that ended the sentence before it. */
    private static String stripClosing(Pattern closing, String text) {
        Matcher matcher = closing.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        String end = matcher.group(1);
        return (text.substring(0, matcher.start()) + (end.equals(",") || end.equals(";") || end.equals("\n") ? "" : end)).strip();
    }
}
