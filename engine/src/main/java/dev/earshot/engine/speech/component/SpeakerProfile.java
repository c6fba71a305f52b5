package dev.earshot.engine.speech.component;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.dsp.MelCepstrum;
import dev.earshot.engine.dsp.Stft;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechSamples;
import java.util.Arrays;
import java.util.List;

/**
 * Spectral statistics of a recording's speech: mean and variance of each MFCC 1 to {@value #COEFFICIENTS}
 * (coefficient 0, the level, is left out) over the frames whose centre lies in a speech segment and whose mean
 * power is at least -60 dBFS. Frames are 512 samples (32 ms, Hann window) every 160 samples (10 ms) of the
 * audio read as 16 kHz mono; 30 mel bands from 60 to 4,000 Hz, the band every recording of 8 kHz or more
 * carries (so that a narrow-band copy of a voice still resembles the wide-band one). The audio is read block
 * by block.
 *
 * @param mean     per coefficient
 * @param variance per coefficient (population variance)
 * @param frames   number of speech frames measured
 */
record SpeakerProfile(double[] mean, double[] variance, long frames) {

    static final int COEFFICIENTS = 19;

    private static final int BANDS = 30;
    private static final double LOW_HZ = 60;
    private static final double HIGH_HZ = 4000;
    private static final double MIN_POWER = 1e-6;
    private static final double VARIANCE_FLOOR = 1e-6;
    private static final int SIZE = 512;
    private static final int HOP = 160;
    private static final int CHECK_EVERY = 1000;

    /** The profile of the parts of {@code audio} inside {@code speech} (seconds, in time order). */
    static SpeakerProfile of(PcmFile audio, List<TimeRange> speech, BlockListener listener) {
        Stft stft = new Stft(SIZE);
        MelCepstrum cepstrum = new MelCepstrum(SpeechSamples.RATE, stft.bins(), BANDS, LOW_HZ, HIGH_HZ,
                COEFFICIENTS + 1);
        float[] frame = new float[SIZE];
        float[] spectrum = new float[SIZE];
        float[] power = new float[stft.bins()];
        double[] coefficients = new double[COEFFICIENTS + 1];
        double[] sum = new double[COEFFICIENTS];
        double[] squares = new double[COEFFICIENTS];
        long frames = 0;
        try (SpeechSamples samples = SpeechSamples.open(audio)) {
            long length = samples.length();
            fill(samples, frame, 0, SIZE);
            int segment = 0;
            for (long index = 0; index * HOP < length; index++) {
                double centre = (index * HOP + SIZE / 2.0) / SpeechSamples.RATE;
                while (segment < speech.size() && speech.get(segment).end() <= centre) {
                    segment++;
                }
                if (segment < speech.size() && speech.get(segment).start() <= centre && audible(frame)) {
                    stft.forward(frame, spectrum);
                    stft.power(spectrum, power);
                    cepstrum.compute(power, coefficients);
                    add(coefficients, sum, squares);
                    frames++;
                }
                if (index % CHECK_EVERY == 0) {
                    listener.blockDone(Math.min(1, (double) index * HOP / length));
                }
                System.arraycopy(frame, HOP, frame, 0, SIZE - HOP);
                fill(samples, frame, SIZE - HOP, HOP);
            }
        }
        return of(sum, squares, frames);
    }

    private static boolean audible(float[] frame) {
        double sum = 0;
        for (float sample : frame) {
            sum += sample * sample;
        }
        return sum / frame.length >= MIN_POWER;
    }

    private static void add(double[] coefficients, double[] sum, double[] squares) {
        for (int k = 0; k < sum.length; k++) {
            double c = coefficients[k + 1];
            sum[k] += c;
            squares[k] += c * c;
        }
    }

    private static SpeakerProfile of(double[] sum, double[] squares, long frames) {
        double[] mean = new double[sum.length];
        double[] variance = new double[sum.length];
        for (int k = 0; k < sum.length && frames > 0; k++) {
            mean[k] = sum[k] / frames;
            variance[k] = Math.max(VARIANCE_FLOOR, squares[k] / frames - mean[k] * mean[k]);
        }
        return new SpeakerProfile(mean, variance, frames);
    }

    /**
     * How alike two profiles are, 0 to 1: the Bhattacharyya coefficient of the two diagonal Gaussians, {@code
     * exp(-sum over k of D_k)} with {@code D_k = (m1 - m2)^2 / (4 (v1 + v2)) + ln((v1 + v2) / (2 sqrt(v1 v2))) / 2}.
     * 1 for identical statistics; near 0 for distributions that barely overlap.
     */
    double similarity(SpeakerProfile other) {
        double distance = 0;
        for (int k = 0; k < mean.length; k++) {
            double v1 = variance[k];
            double v2 = other.variance[k];
            double difference = mean[k] - other.mean[k];
            distance += difference * difference / (4 * (v1 + v2))
                    + 0.5 * Math.log((v1 + v2) / (2 * Math.sqrt(v1 * v2)));
        }
        return Math.exp(-distance);
    }

    /** Reads {@code count} samples into {@code frame} from {@code offset}, zeros past the end. */
    private static void fill(SpeechSamples samples, float[] frame, int offset, int count) {
        int done = 0;
        while (done < count) {
            int n = samples.read(frame, offset + done, count - done);
            if (n < 0) {
                Arrays.fill(frame, offset + done, offset + count, 0f);
                return;
            }
            done += n;
        }
    }
}
