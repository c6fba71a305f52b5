package dev.earshot.engine.bench;

import static dev.earshot.engine.bench.ResampleReport.load;
import static dev.earshot.engine.bench.ResampleReport.num;
import static dev.earshot.engine.bench.ResampleReport.whole;
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
 * The report of {@code bench/artifacts.sh}: the figures of the {@code ArtifactBenchmark} step
 * ({@code artifacts-earshot}) and of the FFmpeg filter chains timed by the script ({@code artifacts-ffmpeg_*}) as one
 * table, with Earshot's time over each peer's, written as {@code artifacts.md} and {@code artifacts.json}. Not a test.
 * Usage: {@code ArtifactReport FIGURES RESULTS}.
 */
public final class ArtifactReport {

    private static final String EARSHOT = "earshot";
    private static final Map<String, String> TOOLS = Map.of(
            EARSHOT, "Earshot: ArtifactFeatureExtractor + BuiltInArtifactModel events (8 detectors, 48 columns per "
                    + "500 ms frame every 250 ms: levels, spectral shape, MFCC, silence runs)",
            "ffmpeg_chain", "FFmpeg astats (per 250 ms) + aspectralstats (1024-sample windows) + silencedetect, one pass",
            "ffmpeg_astats", "FFmpeg astats per 250 ms: DC offset, peak, RMS, crest, flat factor, zero crossings",
            "ffmpeg_aspectralstats", "FFmpeg aspectralstats, 1024-sample windows: centroid, flatness, flux, rolloff, ...",
            "ffmpeg_silencedetect", "FFmpeg silencedetect at -50 dB, 0.5 s");
    private static final List<String> ORDER = List.of(EARSHOT, "ffmpeg_chain", "ffmpeg_astats",
            "ffmpeg_aspectralstats", "ffmpeg_silencedetect");

    private ArtifactReport() {
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        Map<String, Map<String, Object>> steps = new TreeMap<>();
        List<String> notMeasured = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".properties")) {
                    steps.put(name.substring(0, name.length() - ".properties".length()), BenchFigures.read(file));
                } else if (name.endsWith(".unavailable")) {
                    notMeasured.add("FFmpeg rows: " + BenchFigures.read(file).get("reason"));
                }
            }
        }
        Map<String, Object> run = steps.getOrDefault("run", Map.of());
        Map<String, Object> earshot = steps.get("artifacts-" + EARSHOT);
        StringBuilder md = new StringBuilder(String.format("# Artifact detector figures%n%nMeasured by "
                + "`bench/artifacts.sh` on %s (commit %s) on %s, %s cores shared with other work, %s, -Xmx%s. Load "
                + "average (1/5/15 min): %s before, %s after. Every row ran on one core (`taskset -c 0`) over the same "
                + "%.1f min of generated 44.1 kHz stereo speech with every artifact type injected, read as raw 32-bit "
                + "float; Earshot in a JVM of its own, median of %s runs after one unmeasured run. Earshot/peer time "
                + "below 1: Earshot is faster. See `bench/README.md`.%n%n", run.get("date"), whole(run.get("commit")),
                run.get("cpu"), whole(run.get("cores")), run.get("java"), run.get("heap"), load(run.get("load_before")),
                load(run.get("load_after")), num(earshot, "audio_seconds") / 60, whole(run.get("runs"))));
        md.append("| tool | what it computes | time | × real time | CPU time | heap peak | heap after GC, max "
                + "| peak RSS | Earshot/peer time |\n|---|---|---|---|---|---|---|---|---|\n");
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String tool : ORDER) {
            Map<String, Object> figures = steps.get("artifacts-" + tool);
            if (figures == null) {
                continue;
            }
            double ratio = num(earshot, "seconds") / num(figures, "seconds");
            double times = num(figures, "audio_seconds") / num(figures, "seconds");
            md.append(String.format("| `%s` | %s | %.2f s | %.0fx | %.2f s | %s | %s | %s | %s |%n", tool,
                    TOOLS.get(tool), num(figures, "seconds"), times, num(figures, "cpu_seconds"),
                    megabytes(figures.get("heap_peak_mb")), megabytes(figures.get("heap_after_gc_max_mb")),
                    megabytes(figures.get("peak_rss_mb")), tool.equals(EARSHOT) ? "1" : String.format("**%.2f**",
                            ratio)));
            Map<String, Object> row = new LinkedHashMap<>(figures);
            row.put("times_real_time", times);
            row.put("earshot_over_peer_time", ratio);
            rows.put(tool, row);
        }
        if (earshot != null) {
            md.append(String.format("%nEarshot cut %s frames of %s columns and found %s events.%n",
                    whole(earshot.get("frames")), whole(earshot.get("columns")), whole(earshot.get("events"))));
        }
        md.append("\n## Not measured\n\n");
        notMeasured.forEach(line -> md.append("- ").append(line).append('\n'));
        if (notMeasured.isEmpty()) {
            md.append("Everything was measured.\n");
        }
        Path results = Path.of(args[1]);
        Files.createDirectories(results);
        Files.writeString(results.resolve("artifacts.md"), md);
        Files.writeString(results.resolve("artifacts.json"), BenchFigures.json(ordered("run", run, "artifacts", rows,
                "not_measured", notMeasured)) + "\n");
    }

    private static String megabytes(Object value) {
        return value instanceof Double number ? String.format("%.1f MB", number) : "";
    }
}
