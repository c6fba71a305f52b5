package dev.earshot.engine.speech.diarization;

import java.util.List;

/**
 * Who spoke when in one recording.
 *
 * @param turns    speaker turns in time order, not overlapping (one speaker at a time: where voices overlap,
 *                 the speaker whose model fits the sound best holds the turn); empty when no speech was found
 * @param speakers the speaker labels {@code S1}, {@code S2}, ... in order of first appearance
 */
public record Diarization(List<SpeakerTurn> turns, List<String> speakers) {

    public Diarization {
        turns = List.copyOf(turns);
        speakers = List.copyOf(speakers);
    }

    /** Number of speakers found. */
    public int speakerCount() {
        return speakers.size();
    }

    /** The turns as RTTM lines (see {@link Rttm#format(String, List)}) under the recording id {@code fileId}. */
    public String toRttm(String fileId) {
        return Rttm.format(fileId, turns);
    }
}
