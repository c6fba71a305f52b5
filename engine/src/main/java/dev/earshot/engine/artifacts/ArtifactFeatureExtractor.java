package dev.earshot.engine.artifacts;

import dev.earshot.engine.artifacts.builtin.FileLevels;
import dev.earshot.engine.artifacts.builtin.FrameAnalysis;
import dev.earshot.engine.artifacts.builtin.LevelSurvey;
import dev.earshot.engine.artifacts.builtin.ShortWindows;
import dev.earshot.engine.audio.PcmFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of every frame of a file on one {@link FrameGrid}, for the built-in detectors and for trained ones.
 * Columns, in this order ({@link #names()}):
 * <ul>
 *   <li>for each built-in detector (see {@code BuiltInDetectors}), {@code TYPE_score} (0 to 1) and its measurement
 *       {@code TYPE_MEASURE} in the detector's unit;</li>
 *   <li>levels: {@code rms_dbfs}, {@code peak_dbfs}, {@code crest_db}, {@code zero_crossing_rate},
 *       {@code window_level_min_db}, {@code window_level_max_db}, {@code window_level_std_db},
 *       {@code level_over_floor_db}, {@code level_under_loud_db}, {@code silent_fraction};</li>
 *   <li>spectral shape: {@code spectral_centroid_hz}, {@code spectral_rolloff_hz}, {@code spectral_flatness},
 *       {@code spectral_flux} and the share of power in five bands in dB, {@code band_0_250_db} to
 *       {@code band_8k_up_db};</li>
 *   <li>{@code mfcc_1} to {@code mfcc_12}, averaged over the frame;</li>
 *   <li>{@code silence_run_ms}: the length of the longest run of silence (short windows under the file's silence
 *       level) that overlaps the frame, wherever the run starts and ends, 0 when none does.</li>
 * </ul>
 * The file is read twice, front to back: once for the levels of the whole file ({@link LevelSurvey}), once for the
 * frames. Apart from the rows of the result, memory does not depend on the file's length. Immutable and thread-safe;
 * each call works on buffers of its own.
 */
public final class ArtifactFeatureExtractor {

    private static final String SILENCE_RUN = "silence_run_ms";

    private final FrameGrid grid;
    private final List<String> names;

    /** @param grid how files are cut into frames */
    public ArtifactFeatureExtractor(FrameGrid grid) {
        this.grid = grid;
        List<String> all = new ArrayList<>(DetectorColumns.NAMES);
        all.addAll(LevelColumns.NAMES);
        all.addAll(SpectrumColumns.NAMES);
        all.addAll(CepstrumColumns.NAMES);
        all.add(SILENCE_RUN);
        this.names = List.copyOf(all);
    }

    /** The column holding the built-in detector score of {@code type}: {@code TYPE_score}. */
    public static String scoreColumn(String type) {
        return type + "_score";
    }

    /** The grid files are cut on. */
    public FrameGrid grid() {
        return grid;
    }

    /** Column names, in a stable order, unique. */
    public List<String> names() {
        return names;
    }

    /** Length of {@code file} in milliseconds, rounded up: the duration its features are reported for. */
    public static long durationMs(PcmFile file) {
        return (long) Math.ceil(file.frames() * 1000.0 / file.format().sampleRate());
    }

    /** The features of every frame of {@code file}; an empty file has none. */
    public FrameFeatures extract(PcmFile file) {
        long durationMs = durationMs(file);
        double[][] rows = new double[grid.frames(durationMs)][names.size()];
        if (rows.length == 0) {
            return new FrameFeatures(grid, durationMs, names, rows);
        }
        FileLevels levels = LevelSurvey.of(file);
        int rate = file.format().sampleRate();
        FrameAnalysis analysis = new FrameAnalysis(file.format(), FrameStream.chunkSamples(grid, rate), levels);
        List<FeatureColumns> groups = List.of(new DetectorColumns(), new LevelColumns(), new SpectrumColumns(),
                new CepstrumColumns(rate));
        SilenceRuns silence = new SilenceRuns(rows, names.indexOf(SILENCE_RUN), grid, rate, ShortWindows.size(rate),
                levels.silenceDb());
        try (FrameStream stream = new FrameStream(file, grid)) {
            for (int i = 0; i < rows.length; i++) {
                int length = stream.next(i);
                analysis.analyze(stream.samples(), length);
                write(groups, analysis, rows[i]);
                silence.feed(analysis.mono(), stream.freshFrom(), length);
            }
        }
        silence.finish();
        return new FrameFeatures(grid, durationMs, names, rows);
    }

    private void write(List<FeatureColumns> groups, FrameAnalysis analysis, double[] row) {
        int at = 0;
        for (FeatureColumns group : groups) {
            group.write(analysis, row, at);
            at += group.names().size();
        }
    }
}
