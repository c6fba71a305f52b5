package dev.earshot.engine.speech.component;

import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds English filler words in a transcript. Single-word fillers: {@value #SINGLE_LIST}. Two-word fillers:
 * "you know", "i mean" (counted once each). "like" counts only when asked, as it is far more often a verb or a
 * preposition. Matching is on whole words, case-insensitive; the phrases also match where they are not fillers
 * ("do you know", "i mean it"). The small Vosk model seldom writes hesitations (uh, um): it tends to drop them
 * or to hear a short word instead, so counts are a lower bound.
 */
final class FillerWords {

    static final String SINGLE_LIST = "uh, um, uhm, umm, er, erm, ah, eh, hmm, hm, mm, mhm";

    private static final Set<String> SINGLE = Set.of(SINGLE_LIST.split(", "));
    private static final Set<String> PAIRS = Set.of("you know", "i mean");

    private FillerWords() {
    }

    /** The fillers of {@code words} (in time order), a two-word filler as one word spanning both. */
    static List<Word> find(List<Word> words, boolean countLike) {
        List<Word> fillers = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String text = normal(words.get(i));
            if (i + 1 < words.size() && PAIRS.contains(text + " " + normal(words.get(i + 1)))) {
                Word first = words.get(i);
                Word second = words.get(i + 1);
                fillers.add(new Word(first.text() + " " + second.text(), first.start(), second.end(),
                        Math.min(first.confidence(), second.confidence())));
                i++;
            } else if (SINGLE.contains(text) || countLike && text.equals("like")) {
                fillers.add(words.get(i));
            }
        }
        return fillers;
    }

    private static String normal(Word word) {
        return word.text().toLowerCase(Locale.ROOT);
    }
}
