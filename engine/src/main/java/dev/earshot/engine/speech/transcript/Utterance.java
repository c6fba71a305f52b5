package dev.earshot.engine.speech.transcript;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A run of words without a long pause inside (see {@link Transcript#UTTERANCE_PAUSE_SECONDS}).
 *
 * @param words the words, in time order; not empty
 * @param start start of the first word, in seconds
 * @param end   end of the last word, in seconds
 * @param text  the words joined by single spaces
 */
public record Utterance(List<Word> words, double start, double end, String text) {

    public Utterance {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("an utterance needs at least one word");
        }
    }

    /** The utterance made of {@code words} (in time order). */
    public static Utterance of(List<Word> words) {
        return new Utterance(words, words.get(0).start(), words.get(words.size() - 1).end(),
                words.stream().map(Word::text).collect(Collectors.joining(" ")));
    }
}
