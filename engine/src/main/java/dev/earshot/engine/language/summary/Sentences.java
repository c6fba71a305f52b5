package dev.earshot.engine.language.summary;

import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Utterance;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cuts a transcript without punctuation into sentences. A sentence never spans two utterances (a pause longer
 * than {@link Transcript#UTTERANCE_PAUSE_SECONDS}) nor a change of speaker. Inside an utterance a pause of at
 * least {@value #PAUSE_SECONDS} s ends a sentence once it has {@value #MIN_WORDS} words, and a sentence that
 * reaches {@value #MAX_WORDS} words ends there.
 */
public final class Sentences {

    /** A pause this long (seconds, end of one word to start of the next) ends a sentence of enough words. */
    public static final double PAUSE_SECONDS = 0.4;
    /** A sentence has at least this many words before a short pause may end it. */
    public static final int MIN_WORDS = 4;
    /** A sentence ends after this many words even without a pause. */
    public static final int MAX_WORDS = 40;

    private Sentences() {
    }

    /** The sentences of {@code transcript}, in time order, without speakers. */
    public static List<Sentence> of(Transcript transcript) {
        return of(transcript, word -> null);
    }

    /**
     * The sentences of {@code transcript}, in time order, each with the speaker {@code speakerOf} gives its first
     * word; a change of speaker between two words ends a sentence.
     *
     * @param speakerOf the speaker of a word (e.g. from diarization), or null when unknown
     */
    public static List<Sentence> of(Transcript transcript, Function<Word, String> speakerOf) {
        List<Sentence> sentences = new ArrayList<>();
        for (Utterance utterance : transcript.utterances()) {
            List<Word> current = new ArrayList<>();
            for (Word word : utterance.words()) {
                if (!current.isEmpty() && endsBefore(current, word, speakerOf)) {
                    sentences.add(sentence(current, speakerOf));
                    current = new ArrayList<>();
                }
                current.add(word);
            }
            sentences.add(sentence(current, speakerOf));
        }
        return sentences;
    }

    private static boolean endsBefore(List<Word> current, Word next, Function<Word, String> speakerOf) {
        Word last = current.get(current.size() - 1);
        return !Objects.equals(speakerOf.apply(last), speakerOf.apply(next))
                || current.size() >= MAX_WORDS
                || current.size() >= MIN_WORDS && next.start() - last.end() >= PAUSE_SECONDS;
    }

    private static Sentence sentence(List<Word> words, Function<Word, String> speakerOf) {
        return new Sentence(words.stream().map(Word::text).collect(Collectors.joining(" ")),
                words.get(0).start(), words.get(words.size() - 1).end(), speakerOf.apply(words.get(0)));
    }
}
