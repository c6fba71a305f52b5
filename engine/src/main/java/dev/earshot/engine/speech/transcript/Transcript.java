package dev.earshot.engine.speech.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What was said in a recording, with word timings.
 *
 * @param words      every word, in time order
 * @param utterances the words grouped at pauses longer than {@link #UTTERANCE_PAUSE_SECONDS}
 * @param text       the utterance texts joined by single spaces; empty when nothing was recognized
 * @param language   the language of the model used, as a BCP 47 tag (e.g. {@code en})
 */
public record Transcript(List<Word> words, List<Utterance> utterances, String text, String language) {

    /**
     * A silence longer than this between two words (end of one to start of the next), in seconds, starts a new
     * utterance: 0.7 s is longer than the pauses inside a spoken sentence and shorter than a turn or a breath
     * between sentences.
     */
    public static final double UTTERANCE_PAUSE_SECONDS = 0.7;

    public Transcript {
        words = List.copyOf(words);
        utterances = List.copyOf(utterances);
    }

    /** The transcript of {@code words} (sorted by start here), with utterances built from pauses. */
    public static Transcript of(List<Word> words, String language) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::start));
        List<Utterance> utterances = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).start() - sorted.get(i - 1).end() > UTTERANCE_PAUSE_SECONDS) {
                if (i > first) {
                    utterances.add(Utterance.of(sorted.subList(first, i)));
                }
                first = i;
            }
        }
        String text = utterances.stream().map(Utterance::text).collect(Collectors.joining(" "));
        return new Transcript(sorted, utterances, text, language);
    }
}
