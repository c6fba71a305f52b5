package dev.earshot.engine.language.summary;

/**
 * A sentence of a transcript: a run of words cut at pauses and speaker turns (see {@link Sentences}).
 *
 * @param text    the words joined by single spaces, as recognized (lower case, no punctuation from Vosk); not blank
 * @param start   start of the first word, in seconds from the beginning of the audio; 0 or more
 * @param end     end of the last word, in seconds; at least {@code start}
 * @param speaker who said it (e.g. {@code S1}), or null when the transcript has no speakers
 */
public record Sentence(String text, double start, double end, String speaker) {

    public Sentence {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a sentence needs text");
        }
        if (!(start >= 0) || !(end >= start)) {
            throw new IllegalArgumentException("sentence needs 0 <= start <= end, got " + start + ", " + end);
        }
    }
}
