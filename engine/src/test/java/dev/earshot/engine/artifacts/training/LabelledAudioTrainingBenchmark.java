package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.ArtifactFeatureExtractor;
import dev.earshot.engine.artifacts.FrameGrid;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.testing.ArtifactInjection;
import dev.earshot.engine.testing.BenchFigures;
import dev.earshot.engine.testing.BenchMeter;
import dev.earshot.engine.testing.InjectedAudio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The training figure of {@code bench/studio-training.sh} (see {@code bench/README.md}): what a studio training job
 * costs on MINUTES of labelled audio, end to end through the engine. Not a test. Arguments:
 * <pre>
 * MINUTES RUNS WORK RESULTS
 * </pre>
 * Generates MINUTES of speech-like audio, 16 kHz mono, in files of {@value #FILE_SECONDS} s, with two of every type of
 * {@link ArtifactInjection#TYPES} injected per file at seeded times, and writes them as working audio under WORK (not
 * measured). Then measures, each once unmeasured and RUNS times measured: the frame features of every file on Relay's
 * default grid ({@link ArtifactFeatureExtractor}, 500 ms every 250 ms), and {@link DetectorTrainer#train} with Relay's
 * default config on all nine types. Writes {@code RESULTS/studio-training.md} and {@code .json}.
 */
public final class LabelledAudioTrainingBenchmark {

    static final int FILE_SECONDS = 90;
    private static final AudioFormat FORMAT = new AudioFormat(16_000, 1);

    private LabelledAudioTrainingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        int minutes = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        Path results = Path.of(args[3]);
        String loadBefore = loadAverage();
        BenchFigures.recreate(work);
        List<PcmFile> audio = new ArrayList<>();
        List<InjectedAudio> injected = new ArrayList<>();
        for (int i = 0; i < Math.max(2, minutes * 60 / FILE_SECONDS); i++) {
            InjectedAudio file = ArtifactInjection.generated(FORMAT, FILE_SECONDS,
                    ArtifactInjection.plan(ArtifactInjection.TYPES, 2, FILE_SECONDS, 1.5, i + 1), i + 1);
            injected.add(file);
            audio.add(file.write(work.resolve("file-" + i + ".f32")));
        }
        Map<String, Object> figures = measure(audio, injected, runs);
        figures.put("load_before", loadBefore);
        Files.createDirectories(results);
        Files.writeString(results.resolve("studio-training.json"), BenchFigures.json(figures) + "\n");
        Files.writeString(results.resolve("studio-training.md"), markdown(figures));
        BenchFigures.deleteTree(work);
        System.out.println(BenchFigures.json(figures));
    }

    private static Map<String, Object> measure(List<PcmFile> audio, List<InjectedAudio> injected, int runs) {
        ArtifactFeatureExtractor extractor = new ArtifactFeatureExtractor(FrameGrid.DEFAULT);
        List<LabelledFile> files = new ArrayList<>();
        Map<String, Object> features = BenchMeter.repeat(runs, files::clear, () -> {
            for (int i = 0; i < audio.size(); i++) {
                files.add(new LabelledFile("file-" + i, extractor.extract(audio.get(i)), injected.get(i).labels()));
            }
        });
        TrainingConfig config = TrainingConfig.defaults(ArtifactInjection.TYPES);
        TrainingOutcome[] outcome = new TrainingOutcome[1];
        Map<String, Object> training = BenchMeter.repeat(runs, () -> { },
                () -> outcome[0] = new DetectorTrainer().train(files, config, TrainingProgress.none()));
        double audioSeconds = audio.stream().mapToDouble(PcmFile::durationSeconds).sum();
        double total = (Double) features.get("seconds") + (Double) training.get("seconds");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("date", Instant.now().toString());
        figures.put("commit", System.getProperty("earshot.bench.commit", "unknown"));
        figures.put("cpu", cpu());
        figures.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        figures.put("heap", System.getProperty("earshot.bench.heap", Runtime.getRuntime().maxMemory() / 1048576
                + "m"));
        figures.put("audio_minutes", audioSeconds / 60);
        figures.put("files", audio.size());
        figures.put("labels", injected.stream().mapToInt(file -> file.labels().size()).sum());
        figures.put("types", ArtifactInjection.TYPES);
        figures.put("frames", outcome[0].metrics().training().frames() + outcome[0].metrics().validation().frames());
        figures.put("feature_columns", extractor.names().size());
        figures.put("runs", runs);
        figures.put("features", features);
        figures.put("training", training);
        figures.put("end_to_end_seconds", total);
        figures.put("end_to_end_x_real_time", audioSeconds / total);
        figures.put("event_macro_f1", outcome[0].metrics().eventBased().macroF1());
        figures.put("segment_macro_f1", outcome[0].metrics().segmentBased().macroF1());
        figures.put("load_after", loadAverage());
        return figures;
    }

    @SuppressWarnings("unchecked")
    private static String markdown(Map<String, Object> f) {
        Map<String, Object> features = (Map<String, Object>) f.get("features");
        Map<String, Object> training = (Map<String, Object>) f.get("training");
        double audioSeconds = (Double) f.get("audio_minutes") * 60;
        return String.format("""
                # Studio training: %.0f minutes of labelled audio, end to end through the engine

                %s, commit %s, %s, %s, -Xmx%s, load average %s before and %s after. One core for the step
                (`taskset -c 0`).%s

                %d files of %d s, 16 kHz mono, generated speech with two of each of %d artifact types injected per file
                (%d labels, %d frames of 500 ms every 250 ms, %d feature columns); Relay's default training config
                (20 epochs, batch 32, learning rate 0.001, validation split 0.2) on all nine types. Medians of %d runs
                after one unmeasured run.

                | step | seconds | × real time | heap peak MB | peak RSS MB |
                |---|---|---|---|---|
                | frame features (`ArtifactFeatureExtractor`) | %.2f | %.0f | %.0f | %.0f |
                | training and validation (`DetectorTrainer.train`) | %.2f | %.0f | %.0f | %.0f |
                | end to end | %.2f | %.0f | | |

                Validation macro F1 of the trained detector: event-based %.3f, segment-based %.3f.
                """, f.get("audio_minutes"), f.get("date"), f.get("commit"), f.get("cpu"), f.get("java"),
                f.get("heap"), f.get("load_before"), f.get("load_after"), busy(f), f.get("files"), FILE_SECONDS,
                ((List<?>) f.get("types")).size(), f.get("labels"), f.get("frames"), f.get("feature_columns"),
                f.get("runs"), features.get("seconds"), audioSeconds / (Double) features.get("seconds"),
                features.get("heap_peak_mb"), features.get("peak_rss_mb"), training.get("seconds"),
                audioSeconds / (Double) training.get("seconds"), training.get("heap_peak_mb"),
                training.get("peak_rss_mb"), f.get("end_to_end_seconds"), f.get("end_to_end_x_real_time"),
                f.get("event_macro_f1"), f.get("segment_macro_f1"));
    }

    /** A sentence when other work kept the machine busy (1-minute load above 1 before or after the run). */
    private static String busy(Map<String, Object> f) {
        double load = Math.max(load1((String) f.get("load_before")), load1((String) f.get("load_after")));
        return load > 1 ? " The machine was busy with other work (1-minute load " + load + "): the times are upper "
                + "bounds." : "";
    }

    private static double load1(String loadAverage) {
        try {
            return Double.parseDouble(loadAverage.split(" ")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
