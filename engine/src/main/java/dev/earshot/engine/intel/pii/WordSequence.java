package dev.earshot.engine.intel.pii;

import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of one detection run: their lower-case texts, which words an entity already claimed, and the
 * entities found so far. Not thread-safe; one per {@link PiiDetector#detect} call.
 */
final class WordSequence {

    private final List<Word> words;
    private final List<String> texts;
    private final boolean[] claimed;
    private final List<PiiEntity> found = new ArrayList<>();

    WordSequence(List<Word> words) {
        this.words = List.copyOf(words);
        this.texts = this.words.stream().map(w -> w.text().trim().toLowerCase(Locale.ROOT)).toList();
        this.claimed = new boolean[words.size()];
    }

    int size() {
        return texts.size();
    }

    /** Lower-case text of word {@code i}, or "" outside the list. */
    String text(int i) {
        return i >= 0 && i < texts.size() ? texts.get(i) : "";
    }

    boolean is(int i, String text) {
        return text(i).equals(text);
    }

    boolean isAny(int i, Set<String> options) {
        return options.contains(text(i));
    }

    /** Whether word {@code i} is a single letter a-z (a spelled letter, or "a" and "i"). */
    boolean isLetter(int i) {
        String text = text(i);
        return text.length() == 1 && text.charAt(0) >= 'a' && text.charAt(0) <= 'z';
    }

    /** Whether words {@code first..last} (inclusive) exist and none is claimed yet. */
    boolean free(int first, int last) {
        if (first < 0 || last >= size() || last < first) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (claimed[i]) {
                return false;
            }
        }
        return true;
    }

    boolean free(int i) {
        return free(i, i);
    }

    /** Whether word {@code i} follows word {@code i - 1} without a pause that starts a new utterance. */
    boolean continues(int i) {
        return i > 0 && i < size()
                && words.get(i).start() - words.get(i - 1).end() <= Transcript.UTTERANCE_PAUSE_SECONDS;
    }

    /** Silence before word {@code i}, in seconds (0 for the first word and outside the list). */
    double gapBefore(int i) {
        return i <= 0 || i >= size() ? 0 : Math.max(0, words.get(i).start() - words.get(i - 1).end());
    }

    /**
     * End (exclusive word index) of the cue phrase that ends nearest before {@code at}, at most {@code reach}
     * words before it, or -1 when none does. Claimed words do not block a cue.
     */
    int cueBefore(int at, List<List<String>> phrases, int reach) {
        for (int end = at; end >= Math.max(0, at - reach); end--) {
            for (List<String> phrase : phrases) {
                if (matches(end - phrase.size(), phrase)) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** Whether the words from {@code from} on spell {@code phrase}. */
    boolean matches(int from, List<String> phrase) {
        if (from < 0 || from + phrase.size() > size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!texts.get(from + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records an entity over words {@code first..last} and claims them.
     *
     * @param rule confidence of the rule that matched, 0 to 1; multiplied by the words' mean recognizer confidence
     */
    void add(PiiType type, String text, int first, int last, double rule) {
        if (!free(first, last)) {
            throw new IllegalStateException(type + " over words " + first + ".." + last + " overlaps another entity");
        }
        double recognizer = 0;
        List<String> spoken = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            claimed[i] = true;
            spoken.add(words.get(i).text());
            recognizer += words.get(i).confidence();
        }
        recognizer /= last - first + 1;
        found.add(new PiiEntity(type, text, spoken, first, last, words.get(first).start(), words.get(last).end(),
                rule * recognizer));
    }

    /** The entities recorded so far, by first word. */
    List<PiiEntity> entities() {
        List<PiiEntity> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(PiiEntity::firstWord));
        return sorted;
    }
}
