package dev.earshot.engine.intel.pii;

import dev.earshot.engine.speech.transcript.Word;
import java.util.List;

/** Finds personal data in recognized speech. Implementations are thread-safe. */
public interface PiiDetector {

    /**
     * The personal data in {@code words} (a transcript's words in time order, as a recognizer writes them).
     *
     * @return entities ordered by {@link PiiEntity#firstWord()}; no word belongs to two entities
     */
    List<PiiEntity> detect(List<Word> words);
}
