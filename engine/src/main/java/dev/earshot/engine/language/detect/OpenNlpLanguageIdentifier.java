package dev.earshot.engine.language.detect;

import dev.earshot.engine.error.EarshotException;
import dev.earshot.engine.language.LanguageCodes;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a text with Apache OpenNLP's language detector and its published model
 * ({@code opennlp-models-langdetect} 1.3.0, {@code langdetect-183.bin}: character n-grams, 103 languages, Apache
 * 2.0). The model is loaded once per instance (about 2 s and 10 MB of heap for the 10 MB file); one instance
 * serves any number of threads.
 *
 * <p>Below {@value #MIN_WORDS} words, or when the best language beats the runner-up by less than
 * {@value #MIN_CONFIDENCE} (see {@link IdentifiedLanguage#confidence()}), the answer is {@code und}: on one or two
 * words the model guesses (it takes "hello" for Waray and "merci beaucoup" for Waray as well), and a wrong
 * language is worse than none. In scripts written without spaces each character counts as a word. Text
 * from speech recognition (lower case, no punctuation) works as well as written text.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {

    /** Fewer words than this (whitespace-separated tokens with a letter) give {@code und}. */
    public static final int MIN_WORDS = 3;
    /** A lead over the runner-up below this gives {@code und}. */
    public static final double MIN_CONFIDENCE = 0.04;
    /** Only this many characters from the start of a longer text are looked at: plenty for a clear answer. */
    public static final int MAX_CHARS = 10_000;

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private final LanguageDetectorModel model;
    private final Set<String> supported;

    private OpenNlpLanguageIdentifier(LanguageDetectorModel model) {
        this.model = model;
        this.supported = Set.of(new LanguageDetectorME(model).getSupportedLanguages());
    }

    /** Loads the model shipped in {@code opennlp-models-langdetect} from the class path. */
    public static OpenNlpLanguageIdentifier fromClasspath() {
        try (InputStream in = OpenNlpLanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new EarshotException("the language detection model " + MODEL_RESOURCE
                        + " is not on the class path (org.apache.opennlp:opennlp-models-langdetect)");
            }
            return new OpenNlpLanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new EarshotException("cannot load the language detection model " + MODEL_RESOURCE, e);
        }
    }

    @Override
    public IdentifiedLanguage identify(String text, Set<String> candidates) {
        Set<String> allowed = candidates.stream().map(this::supportedCode).collect(Collectors.toSet());
        if (text == null || wordCount(text) < MIN_WORDS) {
            return IdentifiedLanguage.undetermined();
        }
        String start = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<Language> ranked = Arrays.stream(new LanguageDetectorME(model).predictLanguages(start))
                .filter(language -> allowed.isEmpty() || allowed.contains(language.getLang()))
                .collect(Collectors.toList());
        if (ranked.isEmpty()) {
            return IdentifiedLanguage.undetermined();
        }
        Language best = ranked.get(0);
        double confidence = ranked.size() < 2 ? 1 : 1 - ranked.get(1).getConfidence() / best.getConfidence();
        if (confidence < MIN_CONFIDENCE) {
            return IdentifiedLanguage.undetermined();
        }
        return new IdentifiedLanguage(best.getLang(), LanguageCodes.iso1(best.getLang()),
                Math.max(0, Math.min(1, confidence)), Math.max(0, Math.min(1, best.getConfidence())));
    }

    @Override
    public Set<String> supportedLanguages() {
        return supported;
    }

    private String supportedCode(String candidate) {
        String code = LanguageCodes.iso3(candidate);
        if (!supported.contains(code)) {
            throw new IllegalArgumentException("language '" + candidate + "' is not one the OpenNLP detector knows");
        }
        return code;
    }

    /**
     * Whitespace-separated tokens that hold a letter; in scripts written without spaces (Han, kana, Thai, Lao,
     * Khmer, Myanmar) each letter counts as a word.
     */
    static int wordCount(String text) {
        int words = 0;
        for (String token : text.trim().split("\\s+")) {
            long unspaced = token.codePoints().filter(OpenNlpLanguageIdentifier::unspacedScript).count();
            words += unspaced > 0 ? (int) unspaced : token.codePoints().anyMatch(Character::isLetter) ? 1 : 0;
        }
        return words;
    }

    private static boolean unspacedScript(int codePoint) {
        return switch (Character.UnicodeScript.of(codePoint)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
    }
}
