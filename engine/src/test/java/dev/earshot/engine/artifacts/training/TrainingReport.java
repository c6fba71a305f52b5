package dev.earshot.engine.artifacts.training;

import static dev.earshot.engine.testing.BenchFigures.ordered;

import dev.earshot.engine.testing.BenchFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns the figures of one {@code bench/training.sh} run ({@code run}, {@code training-LEARNER} of {@link
 * TrainingBenchmark} and {@code training-peer-LEARNER} of {@code bench/training_peer.py}, as {@code key=value}
 * files in FIGURES) into {@code training.md} and {@code training.json} in RESULTS. Not a test. Usage: {@code
 * TrainingReport FIGURES RESULTS}.
 */
public final class TrainingReport {

    private static final String EARSHOT = "training-logistic";
    private static final String PEER = "training-peer-sklearn_logistic";

    private final Map<String, Map<String, Object>> steps = new TreeMap<>();
    private final List<String> notMeasured = new ArrayList<>();
    private final Map<String, Object> summary = new LinkedHashMap<>();

    private TrainingReport(Path figures) throws IOException {
        try (Stream<Path> files = Files.list(figures)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".properties")).toList()) {
                String name = file.getFileName().toString();
                steps.put(name.substring(0, name.length() - ".properties".length()), BenchFigures.read(file));
            }
            for (Path file : Files.list(figures).filter(path -> path.toString().endsWith(".failed")).toList()) {
                notMeasured.add(Files.readString(file).trim());
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        TrainingReport report = new TrainingReport(Path.of(args[0]));
        String md = report.markdown();
        Path results = Path.of(args[1]);
        Files.createDirectories(results);
        Files.writeString(results.resolve("training.md"), md);
        Map<String, Object> steps = new LinkedHashMap<>(report.steps);
        Object run = steps.remove("run");
        Files.writeString(results.resolve("training.json"), BenchFigures.json(ordered("run", run, "summary",
                report.summary, "training", steps, "not_measured", report.notMeasured)) + "\n");
    }

    private String markdown() {
        Map<String, Object> run = steps.getOrDefault("run", Map.of());
        Map<String, Object> earshot = steps.get(EARSHOT);
        StringBuilder md = new StringBuilder(String.format("# Training figures%n%nMeasured by `bench/training.sh` on "
                        + "%s (commit %s) on %s, %s cores shared with other work, %s, -Xmx%s, every step on one core "
                        + "(`taskset -c 0`). Load average (1/5/15 min): %s before, %s after. See `bench/README.md`."
                        + "%n%n",
                run.get("date"), run.get("commit"), run.get("cpu"), whole(run.get("cores")), run.get("java"),
                run.get("heap"), run.get("load_before"), run.get("load_after")));
        if (earshot == null) {
            notMeasured.add("Earshot's training: no figures (see the step's log)");
        } else {
            md.append(input(earshot)).append(learners()).append(perType());
            summarise(earshot);
        }
        md.append("## Not measured\n\n");
        notMeasured.forEach(line -> md.append("- ").append(line).append('\n'));
        if (notMeasured.isEmpty()) {
            md.append("Everything was measured.\n");
        }
        return md.toString();
    }

    private String input(Map<String, Object> earshot) {
        return String.format("## Input%n%n%.0f minutes of labelled audio as frames of 500 ms every 250 ms (%s files; "
                        + "%s frames trained on, %s held out by file for validation), %s features per frame (%s with "
                        + "one neighbour on each side), types click, hum and long_pause, Relay's default config (%s "
                        + "epochs, batch %s, learning rate 0.001). Source `%s`: %s%n%n",
                num(earshot, "audio_minutes"), whole(earshot.get("files")), whole(earshot.get("frames_training")),
                whole(earshot.get("frames_validation")), whole(earshot.get("columns")),
                whole(3 * num(earshot, "columns")), whole(earshot.get("epochs")), whole(earshot.get("batch_size")),
                steps.get("run").get("source"), "Gaussian features, three columns per type raised by 1.5 standard "
                        + "deviations on its frames (`SyntheticFiles`); the features of `ArtifactFeatureExtractor` "
                        + "on labelled audio replace them when the bench is pointed at a real source.");
    }

    private String learners() {
        StringBuilder md = new StringBuilder("## Learners\n\nTraining time is the whole of `DetectorTrainer.train` for "
                + "Earshot (split, standardisation, every type's classifier, validation metrics) and the fit of every "
                + "type's classifier on the same rows for scikit-learn; median of the runs after one unmeasured run. "
                + "Frame F1 at probability 0.5 on the validation frames, macro over the types.\n\n"
                + "| learner | training time | frame F1 | event F1 | segment F1 | detector size "
                + "| scoring × real time |\n"
                + "|---|---|---|---|---|---|---|\n");
        steps.forEach((step, figures) -> {
            if (step.startsWith("training-")) {
                md.append(String.format("| %s | %.3f s (%s runs) | %.3f | %s | %s | %s | %s |%n", name(step, figures),
                        num(figures, "seconds"), whole(figures.get("runs")), num(figures, "frame_macro_f1"),
                        optional(figures, "event_macro_f1", "%.3f"), optional(figures, "segment_macro_f1", "%.3f"),
                        optional(figures, "detector_bytes", "%.0f bytes"),
                        optional(figures, "scoring_x_real_time", "%.0fx")));
            }
        });
        return md.append('\n').toString();
    }

    private String perType() {
        StringBuilder md = new StringBuilder("## Per type\n\nFrame / event / segment F1 (scikit-learn: frame F1 "
                + "only).\n\n| learner | click | hum | long_pause |\n|---|---|---|---|\n");
        steps.forEach((step, figures) -> {
            if (step.startsWith("training-")) {
                md.append("| ").append(name(step, figures));
                for (String type : SyntheticFiles.TYPES) {
                    md.append(String.format(" | %.3f", num(figures, "frame_f1." + type)));
                    if (figures.containsKey("event_f1." + type)) {
                        md.append(String.format(" / %.3f / %.3f", num(figures, "event_f1." + type),
                                num(figures, "segment_f1." + type)));
                    }
                }
                md.append(" |\n");
            }
        });
        return md.append('\n').toString();
    }

    private void summarise(Map<String, Object> earshot) {
        summary.put("training_seconds", earshot.get("seconds"));
        summary.put("audio_minutes", earshot.get("audio_minutes"));
        summary.put("frame_macro_f1", earshot.get("frame_macro_f1"));
        Map<String, Object> peer = steps.get(PEER);
        if (peer == null) {
            notMeasured.add("scikit-learn peer: no figures (is scikit-learn installed?)");
        } else {
            summary.put("training_time_to_sklearn_logistic", num(earshot, "seconds") / num(peer, "seconds"));
            summary.put("frame_macro_f1_minus_sklearn_logistic",
                    num(earshot, "frame_macro_f1") - num(peer, "frame_macro_f1"));
        }
    }

    private static String name(String step, Map<String, Object> figures) {
        return step.startsWith("training-peer-") ? "scikit-learn " + figures.get("description")
                : "Earshot, Tribuo " + figures.get("learner");
    }

    private static String optional(Map<String, Object> figures, String key, String format) {
        return figures.containsKey(key) ? String.format(format, num(figures, key)) : "-";
    }

    private static double num(Map<String, Object> figures, String key) {
        Object value = figures.get(key);
        return value instanceof Double number ? number : Double.NaN;
    }

    private static String whole(Object value) {
        return value instanceof Double number ? String.valueOf(Math.round(number)) : String.valueOf(value);
    }
}
