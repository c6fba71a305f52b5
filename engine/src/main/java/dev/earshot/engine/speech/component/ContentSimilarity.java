package dev.earshot.engine.speech.component;

import dev.earshot.engine.speech.transcript.Word;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How alike two transcripts are in words, 0 to 1: the Dice coefficient (F1) of their word multisets,
 * {@code 2 |A ∩ B| / (|A| + |B|)}, where a word shared {@code n} times by one and {@code m} times by the other
 * counts {@code min(n, m)} times. Words are compared lower-cased; order is ignored, so the cost is linear in the
 * number of words. 1 for the same words; 0 when no word is shared or exactly one transcript is empty.
 */
final class ContentSimilarity {

    static final String METHOD = "word_multiset_f1";

    private ContentSimilarity() {
    }

    /** The similarity of two transcripts' words; NaN when both are empty. */
    static double of(List<Word> first, List<Word> second) {
        if (first.isEmpty() && second.isEmpty()) {
            return Double.NaN;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Word word : first) {
            counts.merge(key(word), 1, Integer::sum);
        }
        int shared = 0;
        for (Word word : second) {
            int left = counts.getOrDefault(key(word), 0);
            if (left > 0) {
                counts.put(key(word), left - 1);
                shared++;
            }
        }
        return 2.0 * shared / (first.size() + second.size());
    }

    private static String key(Word word) {
        return word.text().toLowerCase(Locale.ROOT);
    }
}
