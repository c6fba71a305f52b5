package dev.earshot.engine.bench;

import static dev.earshot.engine.testing.BenchFigures.ordered;

import dev.earshot.engine.testing.BenchFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The resampling section of the benchmark reports: the figures of the {@code ResampleBenchmark} steps
 * ({@code resample-quality-CANDIDATE} and {@code resample-speed-RATE-CHANNELS-CANDIDATE}) as tables, with the time
 * of Earshot's converter ({@code swr}) over each other candidate's. {@link BenchReport} puts it into
 * {@code latest.md}; {@code main} writes it alone as {@code resample.md} and {@code resample.json} (used by
 * {@code bench/resample.sh}). Not a test. Usage: {@code ResampleReport FIGURES RESULTS}.
 */
public final class ResampleReport {

    static final String EARSHOT = "swr";
    private static final String PEER = "swr_defaults";
    private static final String SUMMARY_INPUT = "44100-2";
    private static final List<String> CANDIDATES = List.of("swr", "swr_defaults", "soxr");
    private static final List<Integer> RATES = List.of(8000, 11_025, 22_050, 44_100, 48_000);
    private static final List<String> QUALITY = List.of("snr_db", "snr_wide_db", "mixed_snr_db", "ripple_db",
            "gain_7k_db", "minus_3db_hz", "alias_db", "alias_8k_db", "spurious_db", "edge_spurious_db", "max_offset_us");
    private static final String QUALITY_HEAD = "| input | candidate | SNR | SNR, wide | SNR with 8.5-20 kHz tones | ripple "
            + "| gain at 7 kHz | -3 dB at | loudest alias, 8.5-20 kHz | loudest alias, 8.1-8.4 kHz | spurious | "
            + "spurious near the input's Nyquist | largest time offset |\n|---|---|---|---|---|---|---|---|---|---|---|---|"
            + "---|\n";

    private final Map<String, Map<String, Object>> steps;
    private final List<String> notMeasured = new ArrayList<>();
    private final Map<String, Object> summary = new LinkedHashMap<>();
    private final StringBuilder summaryMd = new StringBuilder();

    ResampleReport(Map<String, Map<String, Object>> steps) {
        this.steps = steps;
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        Map<String, Map<String, Object>> steps = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".properties")).toList()) {
                String name = file.getFileName().toString();
                steps.put(name.substring(0, name.length() - ".properties".length()), BenchFigures.read(file));
            }
        }
        ResampleReport report = new ResampleReport(steps);
        Map<String, Object> run = steps.getOrDefault("run", Map.of());
        StringBuilder md = new StringBuilder(String.format("# Resampling figures%n%nMeasured by `bench/resample.sh` on %s "
                        + "(commit %s) on %s, %s cores shared with other work, %s, -Xmx%s. Load average (1/5/15 min): %s "
                        + "before, %s after. Each row ran in a JVM of its own. See `bench/README.md`.%n%n",
                run.get("date"), run.get("commit"), run.get("cpu"), whole(run.get("cores")), run.get("java"),
                run.get("heap"), load(run.get("load_before")), load(run.get("load_after"))));
        md.append("## Summary\n\n| figure | Earshot | peer | ratio |\n|---|---|---|---|\n");
        String section = report.markdown();
        md.append(report.summaryMarkdown()).append('\n').append(section).append("## Not measured\n\n");
        report.notMeasured().forEach(line -> md.append("- ").append(line).append('\n'));
        if (report.notMeasured().isEmpty()) {
            md.append("Everything was measured.\n");
        }
        Path results = Path.of(args[1]);
        Files.createDirectories(results);
        Files.writeString(results.resolve("resample.md"), md);
        Files.writeString(results.resolve("resample.json"), BenchFigures.json(ordered("run", run, "summary",
                report.summary(), "resample", report.json(), "not_measured", report.notMeasured())) + "\n");
    }

    /** True if any resampling figure was found. */
    boolean measured() {
        return steps.keySet().stream().anyMatch(step -> step.startsWith("resample-"));
    }

    /** The section: a speed table and a quality table. Fills the summary and the list of what was not measured. */
    String markdown() {
        StringBuilder md = new StringBuilder("## Resampling to 16 kHz mono\n\n");
        md.append("The converters side by side on the same input, each in a JVM of its own on one core (`taskset -c 0`):\n\n");
        for (String candidate : CANDIDATES) {
            Map<String, Object> quality = steps.get("resample-quality-" + candidate);
            if (quality != null) {
                md.append(String.format("- `%s`: %s%n", candidate, quality.get("description")));
            }
        }
        md.append("\n").append(speed()).append(quality());
        return md.toString();
    }

    private String speed() {
        StringBuilder md = new StringBuilder();
        List<String> speeds = steps.keySet().stream().filter(step -> step.startsWith("resample-speed-")).toList();
        if (speeds.isEmpty()) {
            notMeasured.add("resampling speed: no figures (see the section's log)");
            return "";
        }
        Map<String, Object> first = steps.get(speeds.get(0));
        md.append(String.format("### Speed%n%n%.1f min of speech-like audio with a white-noise floor (10 s of it in "
                + "memory, fed again and again in blocks of 4096 frames, so that reading files plays no part) to 16 kHz "
                + "mono. Median of %s runs after one unmeasured run. Earshot/candidate below 1: `%s` is faster.%n%n"
                + "| input | candidate | time | × real time | CPU time | Earshot/candidate time | Earshot/candidate CPU |%n"
                + "|---|---|---|---|---|---|---|%n", num(first, "audio_seconds") / 60, whole(first.get("runs")), EARSHOT));
        for (String input : inputs(speeds)) {
            Map<String, Object> earshot = steps.get("resample-speed-" + input + "-" + EARSHOT);
            for (String candidate : CANDIDATES) {
                Map<String, Object> figures = steps.get("resample-speed-" + input + "-" + candidate);
                if (figures == null || figures.containsKey("unavailable")) {
                    continue;
                }
                double ratio = num(earshot, "seconds") / num(figures, "seconds");
                boolean self = candidate.equals(EARSHOT);
                md.append(String.format("| %s | `%s` | %.3f s | %.0fx | %.3f s | %s | %s |%n", inputName(figures),
                        candidate, num(figures, "seconds"), num(figures, "times_real_time"), num(figures, "cpu_seconds"),
                        self ? "1" : String.format("**%.2f**", ratio),
                        self ? "1" : String.format("%.2f", num(earshot, "cpu_seconds") / num(figures, "cpu_seconds"))));
                if (candidate.equals(PEER) && input.equals(SUMMARY_INPUT)) {
                    summarise("resample_44100_stereo_to_ffmpeg_defaults_time", ratio,
                            String.format("| resampling %s to 16 kHz mono, × real time (vs swresample's defaults) "
                                    + "| %.0fx | %.0fx | %.2f |%n", inputName(figures),
                                    num(earshot, "times_real_time"), num(figures, "times_real_time"), ratio));
                }
            }
        }
        return md.append('\n').toString();
    }

    private String quality() {
        StringBuilder md = new StringBuilder(String.format("### Quality%n%nAnalytic signals whose exact 16 kHz samples "
                + "are known, each converted from mono at the input rate; the first and last 0.25 s of each output are "
                + "left out. SNR: 32 tones from 50 Hz to 6 kHz (at most 0.4 of the input rate) against their exact "
                + "samples; wide: to 7 kHz (at most 0.45 of the input rate); with 8.5-20 kHz tones: 32 more tones above "
                + "the new Nyquist frequency that should vanish. Ripple: highest minus lowest gain of single tones every "
                + "100 Hz up to 6 kHz (0.4 of the input rate). Aliases: the loudest single tone above 8 kHz after "
                + "conversion. Spurious: the most energy a single tone (up to 0.45 of the input rate) leaves besides "
                + "itself, the images of converting up; near the Nyquist: tones above 0.45 of an input rate below "
                + "16 kHz. All levels relative to the tone's input level. Time offset: of the fitted tones from where "
                + "they should be (0: no delay).%n%n")).append(QUALITY_HEAD);
        for (int rate : RATES) {
            for (String candidate : CANDIDATES) {
                Map<String, Object> figures = steps.get("resample-quality-" + candidate);
                if (figures == null || figures.containsKey("unavailable") || !figures.containsKey("r" + rate + ".snr_db")) {
                    continue;
                }
                md.append(String.format("| %.3f kHz | `%s` |", rate / 1000.0, candidate));
                for (String key : QUALITY) {
                    md.append(' ').append(cell(key, figures.get("r" + rate + "." + key))).append(" |");
                }
                md.append('\n');
            }
        }
        for (String candidate : CANDIDATES) {
            Map<String, Object> figures = steps.get("resample-quality-" + candidate);
            if (figures == null) {
                notMeasured.add("resampling quality of `" + candidate + "`: no figures (see the section's log)");
            } else if (figures.containsKey("unavailable")) {
                notMeasured.add("`" + candidate + "` (" + figures.get("description") + "): " + figures.get("unavailable"));
            }
        }
        summariseQuality();
        return md.append('\n').toString();
    }

    private void summariseQuality() {
        Map<String, Object> earshot = steps.get("resample-quality-" + EARSHOT);
        Map<String, Object> peer = steps.get("resample-quality-" + PEER);
        if (earshot == null || peer == null || !earshot.containsKey("r44100.snr_db") || !peer.containsKey("r44100.snr_db")) {
            return;
        }
        for (String key : List.of("snr_db", "alias_db")) {
            double ours = num(earshot, "r44100." + key);
            double theirs = num(peer, "r44100." + key);
            summarise("resample_44100_" + key + "_minus_ffmpeg_defaults", ours - theirs, String.format("| resampling "
                    + "44.1 kHz to 16 kHz, %s (vs swresample's defaults) | %.1f dB | %.1f dB | %+.1f dB |%n",
                    key.equals("snr_db") ? "SNR against the exact samples" : "loudest alias of 8.5-20 kHz tones",
                    ours, theirs, ours - theirs));
        }
    }

    private void summarise(String key, double value, String row) {
        summary.put(key, value);
        summaryMd.append(row);
    }

    /** Every figure, by step. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        steps.forEach((step, figures) -> {
            if (step.startsWith("resample-")) {
                json.put(step.substring("resample-".length()), figures);
            }
        });
        return json;
    }

    /** The headline figures, for the report's summary. */
    Map<String, Object> summary() {
        return summary;
    }

    /** The headline rows of the summary table. */
    String summaryMarkdown() {
        return summaryMd.toString();
    }

    /** What was not measured and why. */
    List<String> notMeasured() {
        return notMeasured;
    }

    private static List<String> inputs(List<String> speeds) {
        List<String> inputs = new ArrayList<>();
        for (String step : speeds) {
            String[] parts = step.substring("resample-speed-".length()).split("-");
            String input = parts[0] + "-" + parts[1];
            if (!inputs.contains(input)) {
                inputs.add(input);
            }
        }
        inputs.sort(Comparator.comparingInt((String input) -> Integer.parseInt(input.split("-")[0]))
                .thenComparing(input -> Integer.parseInt(input.split("-")[1])));
        return inputs;
    }

    private static String inputName(Map<String, Object> figures) {
        double channels = num(figures, "channels");
        return String.format("%.3f kHz %s", num(figures, "rate") / 1000,
                channels == 1 ? "mono" : channels == 2 ? "stereo" : whole(channels) + " channels");
    }

    private static String cell(String key, Object value) {
        if (!(value instanceof Double number)) {
            return value != null ? value.toString() : key.equals("minus_3db_hz") ? "none" : "";
        }
        return switch (key) {
            case "minus_3db_hz" -> String.format("%.1f kHz", number / 1000);
            case "ripple_db" -> String.format("%.4f dB", number);
            case "gain_7k_db" -> String.format("%+.2f dB", number);
            case "max_offset_us" -> String.format("%.3f µs", number);
            default -> String.format("%.1f dB", number);
        };
    }

    static double num(Map<String, Object> figures, String key) {
        Object value = figures == null ? null : figures.get(key);
        return value instanceof Double number ? number : Double.NaN;
    }

    static String whole(Object value) {
        return value instanceof Double number ? String.valueOf(number.longValue()) : String.valueOf(value);
    }

    static String load(Object loadavg) {
        return loadavg == null ? "unknown" : loadavg.toString().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    }
}
