package dev.earshot.engine.speech.transcript;

/**
 * One recognized word.
 *
 * @param text       the word as the recognizer spells it (Vosk: lower case, no punctuation); not blank
 * @param start      start, in seconds from the beginning of the audio; 0 or more
 * @param end        end, in seconds; at least {@code start}
 * @param confidence the recognizer's confidence, 0 to 1
 */
public record Word(String text, double start, double end, double confidence) {

    public Word {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a word needs text");
        }
        if (!(start >= 0) || !(end >= start)) {
            throw new IllegalArgumentException("word '" + text + "' needs 0 <= start <= end, got " + start + ", " + end);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("word '" + text + "' confidence must be 0..1, got " + confidence);
        }
    }

    /** This word moved {@code seconds} later. */
    public Word shifted(double seconds) {
        return new Word(text, start + seconds, end + seconds, confidence);
    }
}
