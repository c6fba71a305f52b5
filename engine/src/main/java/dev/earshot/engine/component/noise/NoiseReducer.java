package dev.earshot.engine.component.noise;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmWriter;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.dsp.MonoSource;
import dev.earshot.engine.dsp.Stft;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;

/**
 * {@code noise_reduce}: stationary-noise reduction by spectral gating. Output is a new mono file at the
 * input's rate and of the input's length; several channels are averaged to mono first.
 * <ol>
 * <li>The quietest window of {@code noise_estimation_duration_sec} seconds (lowest mean power over 10 ms
 * blocks) is taken as noise. A file not longer than the window is used whole, so on such a file the gate
 * learns the file's own average level and removes more than noise.</li>
 * <li>Noise profile: per frequency bin, mean + {@value #STD_FACTOR} standard deviations of the level in dB
 * over that window's STFT frames (see {@link NoiseProfile}; a window of digital silence leaves the audio
 * as it is).</li>
 * <li>STFT of the whole file (Hann, 2048 samples at 44.1 kHz scaled with the rate, hop a quarter frame),
 * soft mask around the threshold (see {@link SpectralGate}), smoothed over about ±{@value #FREQ_SMOOTH_HZ} Hz and
 * ±{@value #TIME_SMOOTH_MS} ms, attenuation floor {@value #FLOOR_DB} dB, weighted overlap-add. A passage
 * well above the noise passes nearly unchanged.</li>
 * </ol>
 * The file is read twice (window search, then gating) and the output written once, all in blocks: memory
 * does not depend on duration.
 */
public final class NoiseReducer implements Component<NoiseReduceParams> {

    static final double STD_FACTOR = 1.5;
    static final double FREQ_SMOOTH_HZ = 30;
    static final double TIME_SMOOTH_MS = 25;
    static final double FLOOR_DB = -30;

    private static final double SEARCH_SHARE = 0.25;

    @Override
    public String id() {
        return "noise_reduce";
    }

    @Override
    public NoiseReduceParams parseParams(ParamReader params) {
        return NoiseReduceParams.parse(params);
    }

    @Override
    public StepOutput run(StepContext context, NoiseReduceParams params) {
        PcmFile input = context.working();
        int rate = input.format().sampleRate();
        BlockListener listener = BlockListener.of(context);
        long windowFrames = Math.max(1, input.format().frames(params.noiseEstimationDurationSec()));
        FrameSpan noise = QuietestWindow.find(input, windowFrames, listener.span(0, SEARCH_SHARE));
        Stft stft = Stft.forSampleRate(rate);
        float[] thresholds = NoiseProfile.thresholds(input, noise, stft, STD_FACTOR);
        SpectralGate gate = gate(stft, rate, thresholds);
        try (MonoSource source = MonoSource.of(input);
             PcmWriter writer = PcmFile.create(context.newFile("denoised.pcm"), new AudioFormat(rate, 1))) {
            gate.run(source, input.frames(), writer, listener.span(SEARCH_SHARE, 1));
            return StepOutput.audio(writer.finish());
        }
    }

    private static SpectralGate gate(Stft stft, int rate, float[] thresholds) {
        double binHz = (double) rate / stft.size();
        double hopMs = 1000.0 * stft.hop() / rate;
        int freqHalfWidth = (int) Math.round(FREQ_SMOOTH_HZ / binHz);
        int timeHalfWidth = (int) Math.round(TIME_SMOOTH_MS / hopMs);
        return new SpectralGate(stft, thresholds, freqHalfWidth, timeHalfWidth, FLOOR_DB);
    }
}
