package dev.earshot.engine.speech.component;

import dev.earshot.engine.speech.transcript.Word;
import java.util.List;

/**
 * The pauses of a transcript: silences between two consecutive words (end of one to start of the next) of at
 * least a minimum length. Silence before the first word and after the last one is not a pause.
 *
 * @param count          number of pauses
 * @param meanSeconds    mean pause length, in seconds; 0 without pauses
 * @param longestSeconds longest pause, in seconds; 0 without pauses
 * @param totalSeconds   sum of the pause lengths, in seconds
 */
record Pauses(int count, double meanSeconds, double longestSeconds, double totalSeconds) {

    /** The pauses of {@code words} (in time order) of at least {@code minSeconds}. */
    static Pauses of(List<Word> words, double minSeconds) {
        int count = 0;
        double longest = 0;
        double total = 0;
        for (int i = 1; i < words.size(); i++) {
            double gap = words.get(i).start() - words.get(i - 1).end();
            if (gap > 0 && gap >= minSeconds) {
                count++;
                total += gap;
                longest = Math.max(longest, gap);
            }
        }
        return new Pauses(count, MetricValues.ratio(total, count), longest, total);
    }
}
