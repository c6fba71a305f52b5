package dev.earshot.engine.artifacts;

import dev.earshot.engine.artifacts.builtin.FrameAnalysis;
import dev.earshot.engine.artifacts.builtin.ShortWindows;
import dev.earshot.engine.dsp.Decibels;
import java.util.List;

/**
 * Level columns of the mono mix: RMS and peak in dBFS, crest factor in dB, zero crossings per sample (0 to 1), the
 * lowest, highest and standard deviation of the short-window levels in dB, the RMS over the file's floor and under its
 * loud level in dB, and the share of short windows that are silence (0 to 1).
 */
final class LevelColumns implements FeatureColumns {

    static final List<String> NAMES = List.of("rms_dbfs", "peak_dbfs", "crest_db", "zero_crossing_rate",
            "window_level_min_db", "window_level_max_db", "window_level_std_db", "level_over_floor_db",
            "level_under_loud_db", "silent_fraction");

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public void write(FrameAnalysis frame, double[] row, int offset) {
        float[] x = frame.mono();
        int n = frame.length();
        double sum = 0;
        float peak = 0;
        int crossings = 0;
        for (int i = 0; i < n; i++) {
            sum += (double) x[i] * x[i];
            peak = Math.max(peak, Math.abs(x[i]));
            if (i > 0 && (x[i] >= 0) != (x[i - 1] >= 0)) {
                crossings++;
            }
        }
        double rms = Decibels.fromPower(sum / n);
        double peakDb = Decibels.fromPower((double) peak * peak);
        row[offset] = rms;
        row[offset + 1] = peakDb;
        row[offset + 2] = peakDb - rms;
        row[offset + 3] = crossings / (double) Math.max(1, n - 1);
        windowLevels(frame, row, offset + 4);
        row[offset + 7] = rms - frame.file().floorDb();
        row[offset + 8] = frame.file().loudDb() - rms;
    }

    private static void windowLevels(FrameAnalysis frame, double[] row, int at) {
        ShortWindows windows = frame.windows();
        double silence = frame.file().silenceDb();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double sum = 0;
        double squares = 0;
        int silent = 0;
        for (int w = 0; w < windows.count(); w++) {
            double level = windows.levelDb(w);
            min = Math.min(min, level);
            max = Math.max(max, level);
            sum += level;
            squares += level * level;
            silent += level < silence ? 1 : 0;
        }
        int count = windows.count();
        double mean = sum / count;
        row[at] = min;
        row[at + 1] = max;
        row[at + 2] = Math.sqrt(Math.max(0, squares / count - mean * mean));
        row[at + 5] = silent / (double) count;
    }
}
