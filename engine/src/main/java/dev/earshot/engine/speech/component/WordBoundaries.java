package dev.earshot.engine.speech.component;

import dev.earshot.engine.speech.transcript.Word;
import java.util.List;

/**
 * Segment edges against the words of a transcript. An edge at time t cuts a word when it lies inside the word
 * by more than the tolerance on both sides: {@code min(t - start, end - t) > tolerance}. Gap {@code j} is the
 * time between word {@code j - 1} and word {@code j}: gap 0 runs from the start of the audio to the first word,
 * gap {@code size()} from the last word to the end of the audio.
 */
final class WordBoundaries {

    private final List<Word> words;
    private final double tolerance;
    private final double duration;

    /**
     * @param words     in time order
     * @param tolerance in seconds, 0 or more
     * @param duration  length of the audio, in seconds
     */
    WordBoundaries(List<Word> words, double tolerance, double duration) {
        this.words = words;
        this.tolerance = tolerance;
        this.duration = duration;
    }

    /** Number of words. */
    int size() {
        return words.size();
    }

    Word word(int index) {
        return words.get(index);
    }

    /** Index of the word an edge at {@code t} seconds cuts, or -1 when it cuts none. */
    int cutAt(double t) {
        int last = lastStartingBefore(t);
        for (int i = last; i >= 0 && i >= last - 1; i--) {
            Word word = words.get(i);
            if (Math.min(t - word.start(), word.end() - t) > tolerance) {
                return i;
            }
        }
        return -1;
    }

    /** Start of gap {@code j}, in seconds: the end of word {@code j - 1}, or 0. */
    double gapStart(int j) {
        return j == 0 ? 0 : Math.min(words.get(j - 1).end(), gapEnd(j));
    }

    /** End of gap {@code j}, in seconds: the start of word {@code j}, or the end of the audio. */
    double gapEnd(int j) {
        return j == words.size() ? Math.max(duration, words.get(j - 1).end()) : words.get(j).start();
    }

    private int lastStartingBefore(double t) {
        int low = 0;
        int high = words.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (words.get(middle).start() < t) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
