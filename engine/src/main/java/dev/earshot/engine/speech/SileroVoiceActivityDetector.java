package dev.earshot.engine.speech;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.TimeRange;
import java.util.Arrays;
import java.util.List;

/**
 * {@link VoiceActivityDetector} on Silero VAD v6 through ONNX Runtime. The audio is read as 16 kHz mono in
 * 512-sample windows (32 ms, the last one padded with zeros); each window gets a speech probability and
 * {@link SpeechSegmenter} draws the segments. One shared model session; each call keeps its own recurrent
 * state, so calls may run in parallel. Memory is flat in the duration (apart from the list of segments).
 */
public final class SileroVoiceActivityDetector implements VoiceActivityDetector {

    private static final int PROGRESS_EVERY = 512;

    private final SileroModel model;

    SileroVoiceActivityDetector(SileroModel model) {
        this.model = model;
    }

    @Override
    public List<TimeRange> detect(PcmFile audio, VadSettings settings, SpeechProgress progress) {
        SpeechSegmenter segmenter = new SpeechSegmenter(settings, SileroStream.WINDOW);
        float[] window = new float[SileroStream.WINDOW];
        try (SpeechSamples samples = SpeechSamples.open(audio); SileroStream stream = new SileroStream(model)) {
            long length = samples.length();
            long windows = 0;
            int filled;
            while ((filled = fill(samples, window)) > 0) {
                Arrays.fill(window, filled, window.length, 0f);
                segmenter.accept(stream.probability(window));
                if (++windows % PROGRESS_EVERY == 0) {
                    progress.reached(Math.min(1.0, windows * (double) window.length / length));
                }
            }
            progress.reached(1.0);
            return segmenter.finish(length);
        }
    }

    private static int fill(SpeechSamples samples, float[] window) {
        int filled = 0;
        while (filled < window.length) {
            int n = samples.read(window, filled, window.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }
}
