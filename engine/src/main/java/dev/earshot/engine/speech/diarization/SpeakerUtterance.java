package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.speech.transcript.Utterance;
import dev.earshot.engine.speech.transcript.Word;
import java.util.List;
import java.util.Objects;

/**
 * A run of words of one speaker without a long pause inside: an {@link Utterance} that also ends where the speaker
 * changes.
 *
 * @param speaker   the speaker label ({@code S1}, {@code S2}, ...)
 * @param utterance the words, their span (seconds) and text
 */
public record SpeakerUtterance(String speaker, Utterance utterance) {

    public SpeakerUtterance {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(utterance, "utterance");
    }

    /** The words, in time order. */
    public List<Word> words() {
        return utterance.words();
    }

    /** Start of the first word, in seconds. */
    public double start() {
        return utterance.start();
    }

    /** End of the last word, in seconds. */
    public double end() {
        return utterance.end();
    }

    /** The words joined by single spaces. */
    public String text() {
        return utterance.text();
    }
}
