package dev.earshot.engine.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MelCepstrumTest {

    private static final int RATE = 16_000;

    @Test
    void levelMovesOnlyCoefficientZero() {
        MelCepstrum cepstrum = new MelCepstrum(RATE, 257, 30, 60, 4000, 20);
        double[] quiet = coefficients(cepstrum, noise(0.01f));
        double[] loud = coefficients(cepstrum, noise(0.1f));
        assertThat(loud[0] - quiet[0]).as("c0 grows by sqrt(bands) * ln(power ratio)")
                .isCloseTo(Math.sqrt(30) * Math.log(100), within(0.01));
        for (int k = 1; k < 20; k++) {
            assertThat(loud[k]).isCloseTo(quiet[k], within(1e-3));
        }
    }

    @Test
    void differentSpectraGiveDifferentShapes() {
        MelCepstrum cepstrum = new MelCepstrum(RATE, 257, 30, 60, 4000, 20);
        double[] low = coefficients(cepstrum, tone(300, 0.1f));
        double[] high = coefficients(cepstrum, tone(3000, 0.1f));
        double distance = 0;
        for (int k = 1; k < 20; k++) {
            distance += (low[k] - high[k]) * (low[k] - high[k]);
        }
        assertThat(Math.sqrt(distance)).isGreaterThan(10);
        assertThat(low[1]).as("energy low in the band gives a positive first cosine").isGreaterThan(high[1]);
    }

    @Test
    void rejectsImpossibleLayouts() {
        assertThatThrownBy(() -> new MelCepstrum(RATE, 257, 30, 60, 9000, 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MelCepstrum(RATE, 257, 10, 60, 4000, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Seeded white noise: every band well above the log floor. */
    private static float[] noise(float amplitude) {
        Random random = new Random(3);
        float[] frame = new float[512];
        for (int n = 0; n < frame.length; n++) {
            frame[n] = amplitude * (random.nextFloat() * 2 - 1);
        }
        return frame;
    }

    private static float[] tone(double hertz, float amplitude) {
        float[] frame = new float[512];
        for (int n = 0; n < frame.length; n++) {
            frame[n] = (float) (amplitude * Math.sin(2 * Math.PI * hertz * n / RATE));
        }
        return frame;
    }

    private static double[] coefficients(MelCepstrum cepstrum, float[] frame) {
        Stft stft = new Stft(512);
        float[] spectrum = new float[512];
        float[] power = new float[stft.bins()];
        stft.forward(frame, spectrum);
        stft.power(spectrum, power);
        double[] out = new double[cepstrum.coefficients()];
        cepstrum.compute(power, out);
        return out;
    }
}
