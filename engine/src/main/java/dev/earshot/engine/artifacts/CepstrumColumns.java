package dev.earshot.engine.artifacts;

import dev.earshot.engine.artifacts.builtin.FrameAnalysis;
import dev.earshot.engine.artifacts.builtin.ShortWindows;
import dev.earshot.engine.dsp.MelCepstrum;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Mel-frequency cepstral coefficients 1 to 12 of the short windows (26 mel filters from 20 Hz to 8 kHz or Nyquist),
 * averaged over the frame: the spectral envelope of the voice, for labels the other columns do not describe.
 */
final class CepstrumColumns implements FeatureColumns {

    private static final int COEFFICIENTS = 12;
    static final List<String> NAMES = IntStream.rangeClosed(1, COEFFICIENTS).mapToObj(k -> "mfcc_" + k).toList();

    private final MelCepstrum cepstrum;
    private final double[] coefficients = new double[COEFFICIENTS + 1];

    CepstrumColumns(int sampleRate) {
        int bins = ShortWindows.size(sampleRate) / 2 + 1;
        this.cepstrum = new MelCepstrum(sampleRate, bins, 26, 20, Math.min(8000, sampleRate / 2.0), COEFFICIENTS + 1);
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public void write(FrameAnalysis frame, double[] row, int offset) {
        ShortWindows windows = frame.windows();
        for (int k = 0; k < COEFFICIENTS; k++) {
            row[offset + k] = 0;
        }
        for (int w = 0; w < windows.count(); w++) {
            cepstrum.compute(windows.power(w), coefficients);
            for (int k = 0; k < COEFFICIENTS; k++) {
                row[offset + k] += coefficients[k + 1] / windows.count();
            }
        }
    }
}
