package dev.earshot.engine.bench;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.BuiltInArtifactModel;
import dev.earshot.engine.artifacts.DetectionRules;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmWriter;
import dev.earshot.engine.testing.ArtifactInjection;
import dev.earshot.engine.testing.BenchFigures;
import dev.earshot.engine.testing.BenchMeter;
import dev.earshot.engine.testing.InjectedAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in artifact detector figures of {@code bench/artifacts.sh} (see {@code bench/README.md}), one step per
 * JVM. Not a test. Steps:
 * <pre>
 * input MINUTES OUT    MINUTES of generated speech at 44.1 kHz stereo with every artifact type of ArtifactInjection
 *                      injected (30 s carrying two of each, repeated), as raw 32-bit float little-endian interleaved
 *                      samples: the layout of a PcmFile, and FFmpeg's f32le
 * earshot IN RUNS OUT  IN read as 44.1 kHz stereo working audio; ArtifactFeatureExtractor and BuiltInArtifactModel's
 *                      events (Relay's default rules) on it, once unmeasured and RUNS times measured
 * </pre>
 * OUT receives the figures as {@code key=value} lines.
 */
public final class ArtifactBenchmark {

    private static final AudioFormat FORMAT = new AudioFormat(44_100, 2);
    private static final double BLOCK_SECONDS = 30;

    private ArtifactBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args[0]) {
            case "input" -> input(Double.parseDouble(args[1]), Path.of(args[2]));
            case "earshot" -> BenchFigures.write(Path.of(args[3]), earshot(Path.of(args[1]),
                    Integer.parseInt(args[2])));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void input(double minutes, Path out) {
        InjectedAudio block = ArtifactInjection.generated(FORMAT, BLOCK_SECONDS,
                ArtifactInjection.plan(ArtifactInjection.TYPES, 1, BLOCK_SECONDS, 0.5, 1), 1);
        try (PcmWriter writer = PcmFile.create(out, FORMAT)) {
            for (int i = 0; i < Math.round(minutes * 60 / BLOCK_SECONDS); i++) {
                writer.write(block.samples());
            }
            writer.finish();
        }
    }

    private static Map<String, Object> earshot(Path input, int runs) throws Exception {
        PcmFile file = new PcmFile(input, FORMAT, Files.size(input) / FORMAT.frameBytes());
        BuiltInArtifactModel model = new BuiltInArtifactModel();
        int[] counts = new int[3];
        Map<String, Object> figures = BenchMeter.repeat(runs, () -> { }, () -> {
            FrameFeatures features = model.extractor().extract(file);
            List<ArtifactEvent> events = model.events(features, DetectionRules.DEFAULT);
            counts[0] = features.frames();
            counts[1] = features.names().size();
            counts[2] = events.size();
        });
        figures.put("tool", "earshot");
        figures.put("audio_seconds", file.durationSeconds());
        figures.put("times_real_time", file.durationSeconds() / (Double) figures.get("seconds"));
        figures.put("frames", counts[0]);
        figures.put("columns", counts[1]);
        figures.put("events", counts[2]);
        figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        return figures;
    }
}
