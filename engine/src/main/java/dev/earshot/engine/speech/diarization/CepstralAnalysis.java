package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.MelCepstrum;
import dev.earshot.engine.dsp.Stft;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechProgress;
import dev.earshot.engine.speech.SpeechSamples;
import java.util.List;

/**
 * Reads the speech regions of a recording as MFCC frames: 512-sample (32 ms) Hann frames centred every 10 ms
 * of the audio read as 16 kHz mono, {@value #BANDS} mel bands from {@value #LOW_HZ} to {@value #HIGH_HZ} Hz,
 * coefficients 1 to {@value #COEFFICIENTS} (coefficient 0, the level, is left out so loudness does not split
 * a speaker). Frames below {@value #QUIET_POWER} mean power (about -70 dBFS) are flagged quiet. The audio is
 * streamed once, block by block.
 */
final class CepstralAnalysis {

    static final int COEFFICIENTS = 13;

    private static final int BANDS = 30;
    private static final double LOW_HZ = 60;
    private static final double HIGH_HZ = 7000;
    private static final double QUIET_POWER = 1e-7;
    private static final int SIZE = 512;
    private static final int HOP = 160;
    private static final int PROGRESS_EVERY = 1000;

    private CepstralAnalysis() {
    }

    /**
     * Normalised features of the frames inside {@code speech} (seconds, in time order, not overlapping).
     *
     * @param progress told the fraction of the audio read
     */
    static SpeechFeatures of(PcmFile audio, List<TimeRange> speech, SpeechProgress progress) {
        Stft stft = new Stft(SIZE);
        MelCepstrum cepstrum = new MelCepstrum(SpeechSamples.RATE, stft.bins(), BANDS, LOW_HZ, HIGH_HZ,
                COEFFICIENTS + 1);
        float[] frame = new float[SIZE];
        float[] spectrum = new float[SIZE];
        float[] power = new float[stft.bins()];
        double[] coefficients = new double[COEFFICIENTS + 1];
        double[] vector = new double[COEFFICIENTS];
        SpeechFeatures features = new SpeechFeatures(COEFFICIENTS);
        try (SpeechSamples samples = SpeechSamples.open(audio)) {
            double length = Math.max(1, samples.length());
            SampleWindow window = new SampleWindow(samples, SIZE);
            long done = 0;
            for (TimeRange region : speech) {
                features.startRegion(region.start(), region.end());
                long first = Math.round(region.start() * SpeechSamples.RATE);
                long count = (long) Math.floor(region.length() / SpeechFeatures.FRAME_SECONDS);
                for (long k = 0; k < count; k++) {
                    long centre = first + k * HOP + HOP / 2;
                    window.frame(centre - SIZE / 2, frame);
                    boolean quiet = meanPower(frame) < QUIET_POWER;
                    stft.forward(frame, spectrum);
                    stft.power(spectrum, power);
                    cepstrum.compute(power, coefficients);
                    System.arraycopy(coefficients, 1, vector, 0, COEFFICIENTS);
                    features.add(vector, quiet);
                    if (++done % PROGRESS_EVERY == 0) {
                        progress.reached(Math.min(1, centre / length));
                    }
                }
            }
        }
        features.finish();
        features.normalise();
        progress.reached(1);
        return features;
    }

    private static double meanPower(float[] frame) {
        double sum = 0;
        for (float sample : frame) {
            sum += sample * sample;
        }
        return sum / frame.length;
    }
}
