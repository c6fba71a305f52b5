package dev.earshot.engine.intel.redact;

import dev.earshot.engine.intel.pii.PiiEntity;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Utterance;
import dev.earshot.engine.speech.transcript.Word;
import java.util.List;

/**
 * Where each word of a transcript sits: its utterance. A transcript's utterances must cover its words in
 * order, one after another (as {@link Transcript#of} builds them); entities must point at those words.
 */
final class TranscriptWords {

    private final Transcript transcript;
    private final int[] utteranceOf;

    TranscriptWords(Transcript transcript) {
        this.transcript = transcript;
        this.utteranceOf = new int[transcript.words().size()];
        int index = 0;
        for (int u = 0; u < transcript.utterances().size(); u++) {
            for (Word word : transcript.utterances().get(u).words()) {
                if (index >= utteranceOf.length || !transcript.words().get(index).equals(word)) {
                    throw new IllegalArgumentException("utterance " + u + " does not continue the transcript's"
                            + " word list at word " + index);
                }
                utteranceOf[index++] = u;
            }
        }
        if (index != utteranceOf.length) {
            throw new IllegalArgumentException("the utterances cover " + index + " of "
                    + utteranceOf.length + " words");
        }
    }

    Transcript transcript() {
        return transcript;
    }

    int utteranceOf(int word) {
        return utteranceOf[word];
    }

    Utterance utterance(int index) {
        return transcript.utterances().get(index);
    }

    int utteranceCount() {
        return transcript.utterances().size();
    }

    /** Checks that {@code entity} names words of this transcript, with their texts. */
    void check(PiiEntity entity) {
        List<Word> words = transcript.words();
        if (entity.lastWord() >= words.size()) {
            throw new IllegalArgumentException(entity.type() + " entity words " + entity.firstWord() + ".."
                    + entity.lastWord() + " are outside the transcript's " + words.size() + " words");
        }
        for (int i = entity.firstWord(); i <= entity.lastWord(); i++) {
            if (!words.get(i).text().equals(entity.words().get(i - entity.firstWord()))) {
                throw new IllegalArgumentException(entity.type() + " entity word " + i + " is '"
                        + entity.words().get(i - entity.firstWord()) + "' but the transcript has '"
                        + words.get(i).text() + "': the entity comes from another word list");
            }
        }
    }
}
