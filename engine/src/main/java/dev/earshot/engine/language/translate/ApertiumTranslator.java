package dev.earshot.engine.language.translate;

import dev.earshot.engine.language.LanguageCodes;
import dev.earshot.engine.language.UnavailableCapabilityException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Translates with {@link Apertium}: rule-based, offline, about 0.15 to 0.5 s per call for a sentence (the
 * process and its dictionaries start each time). Quality is that of a shallow-transfer system: word order and
 * idioms suffer, names and words it does not know pass through unchanged. Unknown words come back marked with
 * {@code *} only when asked; without marks the {@code #} and {@code @} that Apertium puts before words it could
 * not inflect or transfer are removed too (so a hashtag at the start of a word loses its {@code #}).
 */
public final class ApertiumTranslator implements Translator {

    /** The longest text one call takes, in characters. */
    public static final int MAX_TEXT_CHARS = 200_000;

    /** Apertium leaves two spaces where it drops a word or mark (e.g. the "¿" it adds before a question). */
    private static final Pattern DOUBLE_SPACES = Pattern.compile("(?<=\\S) {2,}(?=\\S)");
    private static final Pattern ERROR_MARKS = Pattern.compile("(?<![\\p{L}\\p{N}])[#@](?=\\p{L})");

    private final Apertium apertium;
    private final Duration timeout;
    private final boolean markUnknownWords;

    /**
     * @param timeout          how long one Apertium run may take before it is stopped, e.g. 30 s
     * @param markUnknownWords keep Apertium's {@code *word} marks in the output
     */
    public ApertiumTranslator(Apertium apertium, Duration timeout, boolean markUnknownWords) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Apertium timeout must be positive, got " + timeout);
        }
        this.apertium = apertium;
        this.timeout = timeout;
        this.markUnknownWords = markUnknownWords;
    }

    /**
     * {@inheritDoc}
     *
     * @throws ToolFailedException when Apertium fails or runs past the timeout
     */
    @Override
    public Translation translate(String text, String source, String target) {
        TranslationRequest request = TranslationRequest.of(text, source, target, MAX_TEXT_CHARS);
        if (request.sameLanguage()) {
            return request.unchanged();
        }
        String mode = apertium.mode(request.source(), request.target()).orElseThrow(() ->
                new UnavailableCapabilityException("translation " + request.source() + "→" + request.target()
                        + " with Apertium", apertium.remedy(request.source(), request.target())));
        if (text.isBlank()) {
            return request.answer("", Translation.APERTIUM);
        }
        String output = apertium.run(mode, text, markUnknownWords, timeout);
        if (!text.endsWith("\n") && output.endsWith("\n")) {
            output = output.substring(0, output.length() - 1);
        }
        String cleaned = markUnknownWords ? output : ERROR_MARKS.matcher(output).replaceAll("");
        return request.answer(DOUBLE_SPACES.matcher(cleaned).replaceAll(" "), Translation.APERTIUM);
    }

    @Override
    public boolean supports(String source, String target) {
        return LanguageCodes.iso3(source).equals(LanguageCodes.iso3(target)) || apertium.mode(source, target).isPresent();
    }

    /** What to install so that {@code source} → {@code target} works (see {@link Apertium#remedy}). */
    public String remedy(String source, String target) {
        return apertium.remedy(source, target);
    }
}
