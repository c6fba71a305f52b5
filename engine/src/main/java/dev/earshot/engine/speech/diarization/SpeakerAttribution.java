package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Utterance;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a transcript and a diarization of the same audio together. Every word gets the speaker of the turn that
 * overlaps it most (the earlier turn on a tie); a word that overlaps no turn (the VAD and the recognizer draw
 * speech slightly differently) gets the nearest turn's speaker. With no turns at all (the diarizer found no
 * speech, yet the recognizer heard words) every word is given to {@code S1}. Utterances are cut where the speaker
 * changes and at pauses longer than {@link Transcript#UTTERANCE_PAUSE_SECONDS}. Linear in words plus turns (a
 * binary search per word).
 */
public final class SpeakerAttribution {

    /** The speaker label used when the diarization has no turns. */
    public static final String SOLE_SPEAKER = "S1";

    private SpeakerAttribution() {
    }

    /**
     * @param transcript  words in time order, as {@link Transcript#of} makes them
     * @param diarization turns in time order, not overlapping, as a {@link Diarizer} makes them
     */
    public static SpeakerTranscript attribute(Transcript transcript, Diarization diarization) {
        List<SpeakerTurn> turns = diarization.turns();
        List<SpeakerWord> words = new ArrayList<>(transcript.words().size());
        for (Word word : transcript.words()) {
            words.add(new SpeakerWord(word, turns.isEmpty() ? SOLE_SPEAKER : speakerOf(word, turns)));
        }
        List<String> speakers = turns.isEmpty() && !words.isEmpty() ? List.of(SOLE_SPEAKER) : diarization.speakers();
        return new SpeakerTranscript(words, utterances(words), speakers, transcript.language());
    }

    private static String speakerOf(Word word, List<SpeakerTurn> turns) {
        int first = firstEndingAfter(turns, word.start());
        SpeakerTurn best = null;
        double bestOverlap = 0;
        for (int i = first; i < turns.size() && turns.get(i).start() < word.end(); i++) {
            double overlap = turns.get(i).overlap(word.start(), word.end());
            if (overlap > bestOverlap) {
                best = turns.get(i);
                bestOverlap = overlap;
            }
        }
        if (best != null) {
            return best.speaker();
        }
        SpeakerTurn before = first > 0 ? turns.get(first - 1) : null;
        SpeakerTurn after = first < turns.size() ? turns.get(first) : null;
        if (after == null || (before != null && word.start() - before.end() <= distance(word, after))) {
            return before.speaker();
        }
        return after.speaker();
    }

    private static double distance(Word word, SpeakerTurn turn) {
        return Math.max(0, Math.max(turn.start() - word.end(), word.start() - turn.end()));
    }

    /** Index of the first turn whose end is after {@code time}, or the number of turns. */
    private static int firstEndingAfter(List<SpeakerTurn> turns, double time) {
        int low = 0;
        int high = turns.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (turns.get(middle).end() > time) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static List<SpeakerUtterance> utterances(List<SpeakerWord> words) {
        List<SpeakerUtterance> utterances = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || !words.get(i).speaker().equals(words.get(first).speaker())
                    || words.get(i).word().start() - words.get(i - 1).word().end()
                    > Transcript.UTTERANCE_PAUSE_SECONDS) {
                if (i > first) {
                    List<Word> run = words.subList(first, i).stream().map(SpeakerWord::word).toList();
                    utterances.add(new SpeakerUtterance(words.get(first).speaker(), Utterance.of(run)));
                }
                first = i;
            }
        }
        return utterances;
    }
}
