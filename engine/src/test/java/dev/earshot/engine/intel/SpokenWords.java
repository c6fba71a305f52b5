package dev.earshot.engine.intel;

import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds recognizer-like word lists for tests: each word takes {@link #WORD_SECONDS} s, words follow each other
 * after {@link #GAP_SECONDS} s, and a new {@link #say} call after {@link #turn} starts after a pause that makes
 * it a new utterance.
 */
public final class SpokenWords {

    public static final double WORD_SECONDS = 0.3;
    public static final double GAP_SECONDS = 0.05;
    public static final double TURN_SECONDS = 1.2;

    private final List<Word> words = new ArrayList<>();
    private double clock;

    /** Appends the words of {@code text} (split at spaces) right after the previous word. */
    public SpokenWords say(String text) {
        for (String token : text.trim().split(" +")) {
            words.add(new Word(token, clock, clock + WORD_SECONDS, 0.95));
            clock += WORD_SECONDS + GAP_SECONDS;
        }
        return this;
    }

    /** A pause long enough to start a new utterance. */
    public SpokenWords turn() {
        clock += TURN_SECONDS;
        return this;
    }

    /** Index of the next word to be said. */
    public int next() {
        return words.size();
    }

    /** Seconds of the clock: where the next word starts. */
    public double clock() {
        return clock;
    }

    public List<Word> words() {
        return List.copyOf(words);
    }

    public Transcript transcript() {
        return Transcript.of(words, "en");
    }

    /** Index of the first word equal to {@code text} at or after {@code from}; fails when there is none. */
    public int indexOf(String text, int from) {
        for (int i = from; i < words.size(); i++) {
            if (words.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no word '" + text + "' at or after " + from);
    }

    /** One utterance of {@code text}. */
    public static List<Word> of(String text) {
        return new SpokenWords().say(text).words();
    }
}
