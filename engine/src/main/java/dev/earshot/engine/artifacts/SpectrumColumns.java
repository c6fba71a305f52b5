package dev.earshot.engine.artifacts;

import dev.earshot.engine.artifacts.builtin.FrameAnalysis;
import dev.earshot.engine.artifacts.builtin.ShortWindows;
import dev.earshot.engine.dsp.Decibels;
import java.util.List;

/**
 * Spectral shape columns of the mono mix, from the short windows: centroid and 85 % roll-off of the mean spectrum in
 * Hz, mean spectral flatness (0 to 1), mean spectral flux (the rise of magnitude from one window to the next over the
 * window's magnitude, 0 to about 1), and the share of the mean spectrum's power in five bands (0-250 Hz, 250 Hz-2 kHz,
 * 2-4 kHz, 4-8 kHz, above 8 kHz) in dB, -100 for a band that is empty or above Nyquist.
 */
final class SpectrumColumns implements FeatureColumns {

    static final List<String> NAMES = List.of("spectral_centroid_hz", "spectral_rolloff_hz", "spectral_flatness",
            "spectral_flux", "band_0_250_db", "band_250_2k_db", "band_2k_4k_db", "band_4k_8k_db", "band_8k_up_db");

    private static final double[] BAND_EDGES_HZ = {0, 250, 2000, 4000, 8000, Double.MAX_VALUE};
    private static final double ROLLOFF = 0.85;
    private static final double EMPTY_DB = -100;

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public void write(FrameAnalysis frame, double[] row, int offset) {
        ShortWindows windows = frame.windows();
        float[] power = windows.meanPower();
        double bin = windows.binHz();
        double total = 0;
        double weighted = 0;
        for (int k = 0; k < power.length; k++) {
            total += power[k];
            weighted += power[k] * k * bin;
        }
        row[offset] = total > 0 ? weighted / total : 0;
        row[offset + 1] = rolloff(power, total) * bin;
        double flatness = 0;
        for (int w = 0; w < windows.count(); w++) {
            flatness += windows.flatness(w);
        }
        row[offset + 2] = flatness / windows.count();
        row[offset + 3] = flux(windows);
        for (int b = 0; b + 1 < BAND_EDGES_HZ.length; b++) {
            row[offset + 4 + b] = bandShareDb(power, bin, total, BAND_EDGES_HZ[b], BAND_EDGES_HZ[b + 1]);
        }
    }

    private static int rolloff(float[] power, double total) {
        double sum = 0;
        for (int k = 0; k < power.length; k++) {
            sum += power[k];
            if (sum >= ROLLOFF * total) {
                return k;
            }
        }
        return power.length - 1;
    }

    private static double flux(ShortWindows windows) {
        if (windows.count() < 2) {
            return 0;
        }
        double sum = 0;
        for (int w = 1; w < windows.count(); w++) {
            float[] now = windows.power(w);
            float[] before = windows.power(w - 1);
            double rise = 0;
            double magnitude = 1e-12;
            for (int k = 0; k < now.length; k++) {
                double m = Math.sqrt(now[k]);
                rise += Math.max(0, m - Math.sqrt(before[k]));
                magnitude += m;
            }
            sum += rise / magnitude;
        }
        return sum / (windows.count() - 1);
    }

    private static double bandShareDb(float[] power, double bin, double total, double lowHz, double highHz) {
        double sum = 0;
        for (int k = (int) Math.ceil(lowHz / bin); k < power.length && k * bin < highHz; k++) {
            sum += power[k];
        }
        return sum <= 0 || total <= 0 ? EMPTY_DB : Math.max(EMPTY_DB, Decibels.fromPower(sum / total));
    }
}
