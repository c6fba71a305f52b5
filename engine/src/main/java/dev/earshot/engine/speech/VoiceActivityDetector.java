package dev.earshot.engine.speech;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.TimeRange;
import java.util.List;

/**
 * Finds the stretches of a recording that contain speech. Implementations are thread-safe: one instance
 * serves many streams at once, each call keeping its own state.
 */
public interface VoiceActivityDetector {

    /**
     * Speech segments of {@code audio} (any rate and channel count; it is read as 16 kHz mono, block by block).
     *
     * @return segments in time order, not overlapping, in seconds from the start of the audio
     */
    List<TimeRange> detect(PcmFile audio, VadSettings settings, SpeechProgress progress);

    /** {@link #detect(PcmFile, VadSettings, SpeechProgress)} without progress reports. */
    default List<TimeRange> detect(PcmFile audio, VadSettings settings) {
        return detect(audio, settings, SpeechProgress.NONE);
    }
}
