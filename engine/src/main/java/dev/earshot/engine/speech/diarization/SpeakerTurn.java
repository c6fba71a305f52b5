package dev.earshot.engine.speech.diarization;

/**
 * A stretch of time in which one speaker talks.
 *
 * @param speaker the speaker's label ({@code S1}, {@code S2}, ... in a {@link Diarization}; any non-blank label
 *                without white space in a reference read from RTTM)
 * @param start   start, in seconds from the beginning of the audio; 0 or more
 * @param end     end, in seconds; greater than {@code start}
 */
public record SpeakerTurn(String speaker, double start, double end) {

    public SpeakerTurn {
        if (speaker == null || speaker.isBlank() || speaker.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a speaker label must be non-blank without white space, got '"
                    + speaker + "'");
        }
        if (!(start >= 0) || !(end > start)) {
            throw new IllegalArgumentException("turn of " + speaker + " needs 0 <= start < end, got " + start
                    + ", " + end);
        }
    }

    /** Length in seconds. */
    public double duration() {
        return end - start;
    }

    /** Seconds this turn shares with {@code [from, to]}; 0 if they do not overlap. */
    public double overlap(double from, double to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
}
