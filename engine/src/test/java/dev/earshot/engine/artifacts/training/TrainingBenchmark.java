package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.FrameGrid;
import dev.earshot.engine.testing.BenchFigures;
import dev.earshot.engine.testing.BenchMeter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Training figures of {@code bench/training.sh} (see {@code bench/README.md}), one step per JVM. Not a test. Step:
 * <pre>
 * train LEARNER SOURCE MINUTES COLUMNS RUNS FRAMES OUT
 * </pre>
 * trains a detector of {@link SyntheticFiles#TYPES} with Relay's default config on MINUTES of labelled audio
 * (files of {@value #FILE_SECONDS} s) with COLUMNS features, once unmeasured and RUNS times measured, with LEARNER
 * ({@code logistic} or {@code forest}); writes the figures to OUT, and the rows the classifiers read (standardised,
 * beside their neighbours) with their targets, for both sides of the split, to {@code FRAMES/train.csv} and {@code
 * FRAMES/validation.csv} for the peer. SOURCE is where
 * the features come from: {@code synthetic} ({@link SyntheticFiles}: Gaussian features, three columns per type
 * raised by {@value #SEPARATION} standard deviations on its frames). Real features from labelled audio plug in at
 * {@link #labelledFiles}.
 */
public final class TrainingBenchmark {

    static final int FILE_SECONDS = 90;
    static final double SEPARATION = 1.5;

    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        if (!args[0].equals("train")) {
            throw new IllegalArgumentException("unknown step " + args[0]);
        }
        Learner learner = switch (args[1]) {
            case "logistic" -> Learner.LOGISTIC;
            case "forest" -> new ForestLearner();
            default -> throw new IllegalArgumentException("unknown learner " + args[1] + "; known: logistic, forest");
        };
        List<LabelledFile> files = labelledFiles(args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        Map<String, Object> figures = train(learner, files, Integer.parseInt(args[5]), Path.of(args[6]));
        figures.put("learner", args[1]);
        BenchFigures.write(Path.of(args[7]), figures);
    }

    static List<LabelledFile> labelledFiles(String source, int minutes, int columns) {
        if (!source.equals("synthetic")) {
            throw new IllegalArgumentException("unknown source " + source + "; known: synthetic");
        }
        int count = Math.max(2, minutes * 60 / FILE_SECONDS);
        return new SyntheticFiles(FILE_SECONDS * 1000L, columns, SEPARATION).learnable(count, 30);
    }

    private static Map<String, Object> train(Learner learner, List<LabelledFile> files, int runs, Path frames)
            throws IOException {
        TrainingConfig config = TrainingConfig.defaults(SyntheticFiles.TYPES);
        DetectorTrainer trainer = new DetectorTrainer(learner);
        TrainingOutcome[] last = new TrainingOutcome[1];
        Map<String, Object> figures = new LinkedHashMap<>(BenchMeter.repeat(runs, () -> { },
                () -> last[0] = trainer.train(files, config, TrainingProgress.none())));
        DetectorMetrics metrics = last[0].metrics();
        List<LabelledFile> validation = files.stream()
                .filter(file -> metrics.validation().fileIds().contains(file.fileId())).toList();
        figures.put("audio_minutes", files.stream().mapToLong(file -> file.features().durationMs()).sum() / 60_000.0);
        figures.put("files", files.size());
        figures.put("columns", files.get(0).features().names().size());
        figures.put("frames_training", metrics.training().frames());
        figures.put("frames_validation", metrics.validation().frames());
        figures.put("epochs", config.epochs());
        figures.put("batch_size", config.batchSize());
        figures.put("detector_bytes", last[0].detector().toBytes().length);
        figures.put("scoring_x_real_time", scoringSpeed(last[0].detector(), validation));
        scores(figures, metrics, frameScores(last[0].detector(), validation));
        writeFrames(last[0].detector(), files, metrics.training().fileIds(), frames.resolve("train.csv"));
        writeFrames(last[0].detector(), files, metrics.validation().fileIds(), frames.resolve("validation.csv"));
        return figures;
    }

    private static double scoringSpeed(TrainedDetector detector, List<LabelledFile> validation) {
        validation.forEach(file -> detector.probabilities(file.features()));
        long started = System.nanoTime();
        validation.forEach(file -> detector.probabilities(file.features()));
        double seconds = (System.nanoTime() - started) / 1e9;
        return validation.stream().mapToLong(file -> file.features().durationMs()).sum() / 1000.0 / seconds;
    }

    private static void scores(Map<String, Object> figures, DetectorMetrics metrics, DetectionScores frames) {
        for (String type : metrics.types()) {
            figures.put("event_f1." + type, metrics.eventBased().of(type).f1());
            figures.put("segment_f1." + type, metrics.segmentBased().of(type).f1());
            figures.put("frame_f1." + type, frames.of(type).f1());
        }
        figures.put("event_macro_f1", metrics.eventBased().macroF1());
        figures.put("segment_macro_f1", metrics.segmentBased().macroF1());
        figures.put("frame_macro_f1", frames.macroF1());
    }

    /** Frame-level counts at threshold 0.5 against the training rule's targets: the figure the peer reports too. */
    private static DetectionScores frameScores(TrainedDetector detector, List<LabelledFile> validation) {
        List<String> types = detector.types();
        Map<String, MatchCounts> byType = new LinkedHashMap<>();
        types.forEach(type -> byType.put(type, MatchCounts.ZERO));
        for (LabelledFile file : validation) {
            FrameLabels labels = labels(file, types);
            Map<String, double[]> probabilities = detector.probabilities(file.features());
            for (int t = 0; t < types.size(); t++) {
                long tp = 0;
                long fp = 0;
                long fn = 0;
                for (int i = 0; i < labels.frames(); i++) {
                    boolean found = probabilities.get(types.get(t))[i] >= 0.5;
                    tp += found && labels.positive()[t][i] ? 1 : 0;
                    fp += found && !labels.positive()[t][i] ? 1 : 0;
                    fn += !found && labels.positive()[t][i] ? 1 : 0;
                }
                byType.merge(types.get(t), new MatchCounts(tp, fp, fn), MatchCounts::plus);
            }
        }
        return new DetectionScores(types, byType);
    }

    private static FrameLabels labels(LabelledFile file, List<String> types) {
        return FrameLabels.of(types, FrameGrid.DEFAULT, file.features().durationMs(), file.labels());
    }

    /** The rows the classifiers read (standardised, beside their neighbours) and each type's target, as CSV. */
    private static void writeFrames(TrainedDetector detector, List<LabelledFile> files, List<String> ids, Path csv)
            throws IOException {
        Files.createDirectories(csv.getParent());
        List<String> types = detector.types();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
            int width = detector.classifierRows(files.get(0).features()).get(0).length;
            StringBuilder head = new StringBuilder();
            for (int j = 0; j < width; j++) {
                head.append('c').append(j).append(',');
            }
            out.println(head + "target_" + String.join(",target_", types));
            for (LabelledFile file : files.stream().filter(file -> ids.contains(file.fileId())).toList()) {
                FrameLabels labels = labels(file, types);
                List<double[]> rows = detector.classifierRows(file.features());
                for (int i = 0; i < rows.size(); i++) {
                    StringBuilder line = new StringBuilder();
                    for (double value : rows.get(i)) {
                        line.append(value).append(',');
                    }
                    for (int t = 0; t < types.size(); t++) {
                        line.append(labels.positive()[t][i] ? 1 : 0).append(t + 1 < types.size() ? "," : "");
                    }
                    out.println(line);
                }
            }
        }
    }
}
