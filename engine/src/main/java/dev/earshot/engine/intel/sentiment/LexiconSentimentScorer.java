package dev.earshot.engine.intel.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentiment from word valences of the vendored VADER lexicon, with rules for conversational speech that has
 * no punctuation:
 * <ul>
 * <li>Each word (or two-word lexicon phrase such as "fed up") has a valence from -4 to 4; words that in a
 * call are routine ({@code yes}, {@code okay}, {@code please}, {@code help}, {@code number}) count as 0,
 * and {@code like} counts only as the verb ("i like", "don't like", not "i would like to").</li>
 * <li>Negation: a negator ({@code not}, {@code never}, {@code don't}, {@code no}, {@code without}, ...) up to
 * {@value SpeechWords#NEGATION_REACH} words before a sentiment word multiplies its valence by
 * {@value SpeechWords#NEGATION_FACTOR} ("not good" is negative, "not bad" mildly positive). Only the nearest
 * negator counts.</li>
 * <li>Intensifiers and dampeners ({@code very}, {@code really}, {@code extremely}; {@code slightly},
 * {@code kind of}, {@code a bit}) right before a sentiment word (only other modifiers and negators may stand
 * between, at most {@value SpeechWords#MODIFIER_REACH} words back) scale its magnitude (1.1 to 1.5 up, 0.5 to
 * 0.8 down).</li>
 * <li>Contrast: with {@code but} (or {@code however}) the
 * sentiment before the last such word counts {@value SpeechWords#BEFORE_CONTRAST} and after it
 * {@value SpeechWords#AFTER_CONTRAST}.</li>
 * </ul>
 * The weighted valences are summed to {@code s} and squashed to a score in (-1, 1) by
 * {@code s / sqrt(s^2 + }{@value #SQUASH}{@code )}: one mildly positive word (valence 1.5) gives about 0.36,
 * three strong ones about 0.93. Immutable and thread-safe.
 */
public final class LexiconSentimentScorer implements SentimentScorer {

    /** The constant of the squashing function: the summed valence at which the score is about 0.71. */
    static final double SQUASH = 15;

    private final SentimentLexicon lexicon;

    LexiconSentimentScorer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A scorer over the vendored lexicon, verified against its SHA-256. Load once and share. */
    public static LexiconSentimentScorer load() {
        return new LexiconSentimentScorer(SentimentLexicon.load());
    }

    @Override
    public Sentiment score(String text) {
        List<String> tokens = tokens(text);
        int contrast = lastContrast(tokens);
        double sum = 0;
        for (int i = 0; i < tokens.size(); i++) {
            double valence = valence(tokens, i);
            if (valence == 0) {
                continue;
            }
            double weight = contrast < 0 ? 1 : i < contrast ? SpeechWords.BEFORE_CONTRAST : SpeechWords.AFTER_CONTRAST;
            sum += weight * negated(tokens, i, modified(tokens, i, valence));
        }
        return Sentiment.of(sum / Math.sqrt(sum * sum + SQUASH));
    }

    /** Lower-case words of {@code text} (letters, digits and apostrophes), two-word phrases joined by a space. */
    List<String> tokens(String text) {
        String[] words = text == null ? new String[0]
                : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]+", " ").trim().split(" +");
        List<String> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            String pair = i + 1 < words.length ? words[i] + " " + words[i + 1] : null;
            if (pair != null && (lexicon.hasPhrase(pair) || SpeechWords.isPhrase(pair))) {
                tokens.add(pair);
                i++;
            } else {
                tokens.add(words[i]);
            }
        }
        return tokens;
    }

    private double valence(List<String> tokens, int i) {
        String token = tokens.get(i);
        if (SpeechWords.NEGATORS.contains(token) || SpeechWords.MODIFIERS.containsKey(token)
                || SpeechWords.ROUTINE.contains(token) || SpeechWords.CONTRASTS.contains(token)) {
            return 0;
        }
        if (token.equals("like") && !likeIsVerb(tokens, i)) {
            return 0;
        }
        return lexicon.valence(token);
    }

    private static boolean likeIsVerb(List<String> tokens, int i) {
        if (i == 0) {
            return false;
        }
        String before = tokens.get(i - 1);
        return SpeechWords.LIKE_SUBJECTS.contains(before) || SpeechWords.NEGATORS.contains(before)
                || SpeechWords.MODIFIERS.containsKey(before);
    }

    private static double modified(List<String> tokens, int i, double valence) {
        double factor = 1;
        for (int j = i - 1; j >= 0 && j >= i - SpeechWords.MODIFIER_REACH; j--) {
            String token = tokens.get(j);
            Double scale = SpeechWords.MODIFIERS.get(token);
            if (scale != null) {
                factor *= scale;
            } else if (!SpeechWords.NEGATORS.contains(token)) {
                break;
            }
        }
        return valence * factor;
    }

    private static double negated(List<String> tokens, int i, double valence) {
        for (int j = i - 1; j >= 0 && j >= i - SpeechWords.NEGATION_REACH; j--) {
            String token = tokens.get(j);
            if (SpeechWords.CONTRASTS.contains(token)) {
                return valence;
            }
            if (SpeechWords.NEGATORS.contains(token)) {
                return valence * SpeechWords.NEGATION_FACTOR;
            }
        }
        return valence;
    }

    private static int lastContrast(List<String> tokens) {
        for (int i = tokens.size() - 1; i > 0; i--) {
            if (SpeechWords.CONTRASTS.contains(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
