package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.speech.SpeechProgress;

/**
 * Speaker diarization: splits a recording into turns of anonymous speakers ({@code S1}, {@code S2}, ... in
 * order of first appearance). Implementations are thread-safe.
 */
public interface Diarizer {

    /**
     * Diarizes {@code audio} (any rate and channel count; read as 16 kHz mono, never modified).
     *
     * @param progress told the fraction done; may throw to cancel
     */
    Diarization diarize(PcmFile audio, DiarizationSettings settings, SpeechProgress progress);

    /** {@link #diarize(PcmFile, DiarizationSettings, SpeechProgress)} without progress reports. */
    default Diarization diarize(PcmFile audio, DiarizationSettings settings) {
        return diarize(audio, settings, SpeechProgress.NONE);
    }
}
