package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.speech.transcript.Word;
import java.util.Objects;

/**
 * A recognized word and who said it.
 *
 * @param word    the word with its timing and confidence
 * @param speaker the speaker label ({@code S1}, {@code S2}, ...)
 */
public record SpeakerWord(Word word, String speaker) {

    public SpeakerWord {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(speaker, "speaker");
    }
}
