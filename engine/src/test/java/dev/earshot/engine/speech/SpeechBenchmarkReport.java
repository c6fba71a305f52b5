package dev.earshot.engine.speech;

import static dev.earshot.engine.testing.BenchFigures.ordered;

import dev.earshot.engine.testing.BenchFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the figures of the {@link SpeechBenchmark} steps, found in WORK as {@code vad}, {@code raw},
 * {@code transcribe-1}, {@code transcribe-2}, {@code long} and {@code fixtures} ({@code .properties}), into
 * {@code speech.md} and its JSON twin {@code speech.json} in RESULTS, ratios included. System properties
 * {@code earshot.bench.commit} and {@code earshot.bench.heap} name what was measured.
 */
final class SpeechBenchmarkReport {

    private static final List<String> TRANSCRIPTIONS = List.of("raw", "transcribe-1", "transcribe-2");
    private static final Map<String, String> NAMES = Map.of("raw", "raw Vosk, 1 recognizer",
            "transcribe-1", "Earshot transcribe, 1 worker", "transcribe-2", "Earshot transcribe, 2 workers");
    private static final Map<String, String> CORES = Map.of("vad", "1 (taskset -c 0)", "raw", "1 (taskset -c 0)",
            "transcribe-1", "1 (taskset -c 0)", "transcribe-2", "2 (taskset -c 0,1)");

    private final Map<String, Map<String, Object>> steps = new LinkedHashMap<>();
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final StringBuilder md = new StringBuilder();

    private SpeechBenchmarkReport(Path work) throws IOException {
        for (String step : List.of("vad", "raw", "transcribe-1", "transcribe-2", "long", "fixtures")) {
            steps.put(step, BenchFigures.read(work.resolve(step + ".properties")));
        }
    }

    static void write(Path work, Path results) throws IOException {
        Locale.setDefault(Locale.ROOT);
        SpeechBenchmarkReport report = new SpeechBenchmarkReport(work);
        report.header();
        report.speed();
        report.fixtures();
        report.memory();
        Files.createDirectories(results);
        Files.writeString(results.resolve("speech.md"), report.md);
        Files.writeString(results.resolve("speech.json"), BenchFigures.json(report.json) + "\n");
    }

    private void header() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String load = steps.get("fixtures").get("load_average").toString().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("date", LocalDate.now().toString());
        run.put("commit", System.getProperty("earshot.bench.commit", "unknown"));
        run.put("cpu", cpu);
        run.put("cores", Runtime.getRuntime().availableProcessors());
        run.put("load_average_after_last_run", load);
        run.put("java", java);
        run.put("max_heap", System.getProperty("earshot.bench.heap", "unknown"));
        run.put("input_seconds", seconds("vad"));
        run.put("long_input_seconds", seconds("long"));
        json.put("run", run);
        md.append("# Speech figures\n\n")
                .append(String.format("Measured by `bench/speech.sh` on %s (commit %s) on %s, %d cores shared with other "
                        + "work (load average 1/5/15 min after the last run: %s), %s. Every row ran in a JVM of its own with "
                        + "-Xmx%s. Input: the three committed espeak-ng fixtures repeated with their pauses into %.1f s "
                        + "(%.1f min) of 16 kHz mono speech, the same file for every row of the first table; for the "
                        + "memory table also %.1f min. See `bench/README.md` for what each figure means.%n%n",
                        run.get("date"), run.get("commit"), cpu, run.get("cores"), load, java, run.get("max_heap"),
                        seconds("vad"), seconds("vad") / 60, seconds("long") / 60));
    }

    private void speed() {
        Map<String, Object> vad = steps.get("vad");
        double raw = rtf("raw");
        Map<String, Object> speed = new LinkedHashMap<>();
        speed.put("vad", ordered("seconds", vad.get("seconds"), "cpu_seconds", vad.get("cpu_seconds"),
                "segments", vad.get("segments"), "times_real_time", seconds("vad") / num("vad", "seconds")));
        md.append("## Speed and accuracy on the same input\n\n")
                .append("| run | cores | time | × real time | RTF | Earshot/raw RTF | CPU time | Earshot/raw CPU | WER "
                        + "| load at end |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n")
                .append(String.format("| Silero VAD | %s | %.2f s | %.0fx | %.4f | | %.2f s | | | %s |%n",
                        CORES.get("vad"), num("vad", "seconds"), seconds("vad") / num("vad", "seconds"), rtf("vad"),
                        num("vad", "cpu_seconds"), load("vad")));
        for (String step : TRANSCRIPTIONS) {
            Map<String, Object> row = new LinkedHashMap<>(steps.get(step));
            row.put("rtf", rtf(step));
            row.put("times_real_time", 1 / rtf(step));
            row.put("rtf_ratio_to_raw", rtf(step) / raw);
            row.put("cpu_ratio_to_raw", num(step, "cpu_seconds") / num("raw", "cpu_seconds"));
            row.put("cores", CORES.get(step));
            speed.put(step, row);
            boolean baseline = step.equals("raw");
            md.append(String.format("| %s | %s | %.1f s | %.1fx | %.4f | %s | %.1f s | %s | %.3f | %s |%n",
                    NAMES.get(step), CORES.get(step), num(step, "seconds"), 1 / rtf(step), rtf(step),
                    baseline ? "1" : String.format("%.2f", rtf(step) / raw), num(step, "cpu_seconds"),
                    baseline ? "1" : String.format("%.2f", num(step, "cpu_seconds") / num("raw", "cpu_seconds")),
                    num(step, "wer"), load(step)));
        }
        speed.put("wer_ratio_earshot_to_raw", num("transcribe-2", "wer") / num("raw", "wer"));
        json.put("speed", speed);
        md.append(String.format("%nRTF is processing time over audio time (lower is faster); Earshot/raw RTF below 1 "
                        + "means Earshot is faster than one plain Vosk recognizer on the same audio. CPU time is the "
                        + "process's, all threads; it is less disturbed than wall time by other work on the machine, "
                        + "whose 1-minute load average at the end of each run is the last column. Times leave out "
                        + "loading the Vosk model (Earshot %.1f s, raw Vosk %.1f s) and include Earshot's own VAD pass. "
                        + "WER is over all %d reference words of the input (Earshot/raw WER ratio %.2f); "
                        + "Earshot placed %s of its %s words outside a spoken sentence (±0.2 s) on 2 workers.%n%n",
                num("transcribe-2", "model_load_seconds"), num("raw", "model_load_seconds"),
                (long) num("raw", "reference_words"), num("transcribe-2", "wer") / num("raw", "wer"),
                whole("transcribe-2", "words_outside_sentences"), whole("transcribe-2", "words")));
        long busy = steps.values().stream().filter(figures -> figures.containsKey("load_average"))
                .filter(figures -> Double.parseDouble(figures.get("load_average").toString().split(" ")[0])
                        > Runtime.getRuntime().availableProcessors()).count();
        if (busy > 0) {
            md.append(String.format("The machine was busy: the load average was above its %d cores at the end of %d of "
                    + "the %d runs, so wall times and their ratios are distorted by other work; CPU times much "
                    + "less so.%n%n", Runtime.getRuntime().availableProcessors(), busy, steps.size()));
        }
    }

    private void fixtures() {
        Map<String, Object> figures = steps.get("fixtures");
        List<Object> files = new ArrayList<>();
        double words = 0;
        double earshotErrors = 0;
        double rawErrors = 0;
        md.append("## Accuracy on each committed fixture on its own\n\n")
                .append("| fixture | reference words | Earshot WER | raw Vosk WER |\n|---|---|---|---|\n");
        for (String name : SpeechFixtures.FILES) {
            double count = (Double) figures.get(name + ".earshot.reference_words");
            double earshot = (Double) figures.get(name + ".earshot.word_errors");
            double raw = (Double) figures.get(name + ".raw.word_errors");
            files.add(ordered("file", name, "reference_words", count, "earshot_wer", earshot / count,
                    "raw_vosk_wer", raw / count));
            md.append(String.format("| %s | %.0f | %.3f | %.3f |%n", name, count, earshot / count, raw / count));
            words += count;
            earshotErrors += earshot;
            rawErrors += raw;
        }
        md.append(String.format("| all | %.0f | %.3f | %.3f |%n%n", words, earshotErrors / words, rawErrors / words));
        json.put("fixtures_wer", ordered("files", files, "earshot_wer", earshotErrors / words,
                "raw_vosk_wer", rawErrors / words));
    }

    private void memory() {
        md.append("## Memory: short vs long audio (Earshot transcribe, 2 workers, same heap limit)\n\n")
                .append("| audio | time | RTF | heap peak | heap after GC, max | peak RSS |\n|---|---|---|---|---|---|\n");
        Map<String, Object> memory = new LinkedHashMap<>();
        for (String step : List.of("transcribe-2", "long")) {
            Map<String, Object> row = new LinkedHashMap<>(steps.get(step));
            row.put("minutes", seconds(step) / 60);
            row.put("rtf", rtf(step));
            memory.put(step.equals("long") ? "long" : "short", row);
            md.append(String.format("| %.1f min | %.1f s | %.4f | %.0f MB | %s | %.0f MB |%n", seconds(step) / 60,
                    num(step, "seconds"), rtf(step), num(step, "heap_peak_mb"), megabytes(step, "heap_after_gc_max_mb"),
                    num(step, "peak_rss_mb")));
        }
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("audio", seconds("long") / seconds("transcribe-2"));
        ratios.put("peak_rss", num("long", "peak_rss_mb") / num("transcribe-2", "peak_rss_mb"));
        ratios.put("heap_peak", num("long", "heap_peak_mb") / num("transcribe-2", "heap_peak_mb"));
        memory.put("ratios_long_to_short", ratios);
        json.put("memory", memory);
        md.append(String.format("| long/short | %.1fx | | %.2fx | | %.2fx |%n%n", ratios.get("audio"),
                        ratios.get("heap_peak"), ratios.get("peak_rss")))
                .append("Peak RSS is the process's VmHWM (model, native recognizers and JVM included); heap peak is the "
                        + "largest heap in use during the transcription, garbage included; heap after GC is the largest "
                        + "heap left after a collection.\n");
    }

    private double seconds(String step) {
        return num(step, "audio_seconds");
    }

    private double rtf(String step) {
        return num(step, "seconds") / seconds(step);
    }

    private double num(String step, String key) {
        return (Double) steps.get(step).get(key);
    }

    private String load(String step) {
        return steps.get(step).get("load_average").toString().split(" ")[0];
    }

    private String whole(String step, String key) {
        return String.valueOf((long) num(step, key));
    }

    private String megabytes(String step, String key) {
        Object value = steps.get(step).get(key);
        return value == null ? "no collection" : String.format("%.0f MB", (Double) value);
    }
}
