package dev.earshot.engine.bench;

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
 * Turns the figures of one {@code bench/run.sh} run (the {@code key=value} files in FIGURES, one per measurement,
 * and {@code <section>.failed} for a section that failed) into {@code latest.md} and its JSON twin
 * {@code latest.json} in RESULTS: every figure next to its peer and as a ratio, absolute figures as context,
 * and a list of what was not measured and why. Not a test. Usage: {@code BenchReport FIGURES RESULTS}.
 */
public final class BenchReport {

    private static final List<String> FORMATS = List.of("mp3", "m4a", "ogg", "opus", "flac", "wav");
    private static final Map<String, String> FORMAT_NAMES = Map.of("mp3", "MP3 (LAME, 128 kbit/s)",
            "m4a", "M4A (AAC, 128 kbit/s)", "ogg", "Ogg Vorbis (sox -C 5)", "opus", "Opus in Ogg (96 kbit/s)",
            "flac", "FLAC", "wav", "WAV (16-bit)");
    private static final Map<String, String> NOISE_NAMES = Map.of(
            "earshot", "Earshot noise_reduce (defaults)",
            "afftdn", "FFmpeg afftdn (defaults)",
            "afftdn_leadin", "FFmpeg afftdn, lead-in noise sampled (sn) and its level as nf",
            "afftdn_leadin_nr30", "FFmpeg afftdn, as above with nr=30 (tuned)",
            "sox_05", "sox noisered, lead-in profile, amount 0.5 (default)",
            "sox_015", "sox noisered, lead-in profile, amount 0.15 (tuned)");
    private static final List<String> NOISE_PEERS = List.of("afftdn", "afftdn_leadin", "afftdn_leadin_nr30",
            "sox_05", "sox_015");

    private final Map<String, Map<String, Object>> steps = new TreeMap<>();
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, Object> summary = new LinkedHashMap<>();
    private final List<String> notMeasured = new ArrayList<>();
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder md = new StringBuilder();
    private final StringBuilder summaryMd = new StringBuilder();

    private BenchReport(Path figures) throws IOException {
        try (Stream<Path> files = Files.list(figures)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".properties")) {
                    steps.put(name.substring(0, name.length() - ".properties".length()), BenchFigures.read(file));
                } else if (name.endsWith(".failed")) {
                    String section = name.substring(0, name.length() - ".failed".length());
                    notMeasured.add("section `" + section + "` failed: " + BenchFigures.read(file).get("reason"));
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        BenchReport report = new BenchReport(Path.of(args[0]));
        report.header();
        report.decode();
        report.components();
        report.resample();
        report.noise();
        report.speech();
        report.analysis();
        report.memory();
        report.http();
        report.upload();
        Path results = Path.of(args[1]);
        Files.createDirectories(results);
        Files.writeString(results.resolve("latest.md"), report.document());
        report.json.put("not_measured", report.notMeasured);
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("run", report.json.remove("run"));
        ordered.put("summary", report.summary);
        ordered.putAll(report.json);
        Files.writeString(results.resolve("latest.json"), BenchFigures.json(ordered) + "\n");
        System.out.println("wrote " + results.resolve("latest.md") + " and latest.json");
    }

    private String document() {
        StringBuilder out = new StringBuilder(head);
        out.append("## Summary\n\n| figure | Earshot | peer | ratio |\n|---|---|---|---|\n").append(summaryMd)
                .append("\nTime ratios are Earshot's time over the peer's (below 1: Earshot is faster); throughput "
                        + "ratios are Earshot's over the peer's (above 1: Earshot is faster).\n\n");
        out.append(md);
        out.append("## Not measured\n\n");
        if (notMeasured.isEmpty()) {
            out.append("Everything was measured.\n");
        }
        notMeasured.forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    private void header() {
        Map<String, Object> run = steps.getOrDefault("run", Map.of());
        json.put("run", run);
        boolean quick = "1".equals(text(run, "quick")) || Double.valueOf(1).equals(run.get("quick"));
        boolean quiet = Double.valueOf(1).equals(run.get("quiet_reached"));
        head.append("# Earshot benchmarks: latest run\n\n")
                .append(String.format("Measured by `bench/run.sh`%s on %s (commit %s) on %s, %s cores, %s. Every JVM "
                                + "ran with -Xmx%s (the upload's receivers with -Xmx%s). The run took %s, of which %s "
                                + "measuring (after the build and the wait for a quiet machine).%n%n",
                        quick ? " with QUICK=1 (short inputs: development figures, not results)" : "",
                        text(run, "date"), text(run, "commit"), text(run, "cpu"), whole(run.get("cores")),
                        text(run, "java"), text(run, "heap"), text(run, "upload_heap"),
                        duration(run.get("total_seconds")), duration(run.get("measure_seconds"))))
                .append(String.format("Load average (1/5/15 min): %s before measuring, %s after. ",
                        loadTriple(run.get("load_before")), loadTriple(run.get("load_after"))))
                .append(!quiet && Double.valueOf(0).equals(run.get("quiet_wait_limit"))
                        ? "No wait for a quiet machine was asked for (QUIET_WAIT=0); other work may have shared the "
                                + "cores."
                        : quiet
                        ? String.format("The machine was quiet when measuring started (1-minute load below %s, after "
                                + "waiting %s).", text(run, "quiet_load"), duration(run.get("quiet_waited_seconds")))
                        : String.format("The machine never got quiet: the 1-minute load stayed at or above %s through "
                                + "the whole wait of %s, so the run went ahead anyway. Other work shared the 2 cores, "
                                + "so wall times and their ratios are disturbed; CPU times much less so.",
                        text(run, "quiet_load"), duration(run.get("quiet_waited_seconds"))))
                .append(String.format(" The 1-minute load at the end of each measurement ranged from %s to %s%s.%n%n",
                        loadRange(true), loadRange(false), busyNote(run)))
                .append("Every figure is measured on the same input in the same run as its peer; the ratios are the "
                        + "figures to compare, absolute times are context. `bench/README.md` says what each means. "
                        + "FFmpeg: " + text(run, "ffmpeg") + ". " + text(run, "sox") + ".\n\n");
    }

    private void decode() {
        md.append(String.format("## Decoding to 16 kHz mono%n%nThe same %s min of 44.1 kHz stereo audio (swept tones, "
                + "tremolo, pink noise) in six formats, decoded to 16 kHz mono on one core (`taskset -c 0`): Earshot's "
                + "AudioDecoder (in process, `DecodeOptions.speech`, 32-bit float working file) and the FFmpeg "
                + "command line `ffmpeg -i IN -ac 1 -ar 16000 -f s16le OUT` (its process start included). Median of "
                + "%s runs after one unmeasured run.%n%n", text(steps.getOrDefault("run", Map.of()), "decode_minutes"),
                text(steps.getOrDefault("run", Map.of()), "runs")))
                .append("| format | input | audio | Earshot | FFmpeg CLI | Earshot/FFmpeg time | Earshot × real time "
                        + "| FFmpeg × real time | Earshot CPU | FFmpeg CPU |\n|---|---|---|---|---|---|---|---|---|---|\n");
        List<Object> rows = new ArrayList<>();
        double logSum = 0;
        int compared = 0;
        for (String format : FORMATS) {
            Map<String, Object> earshot = steps.get("decode-earshot-" + format);
            Map<String, Object> ffmpeg = steps.get("decode-ffmpeg-" + format);
            if (earshot == null) {
                continue;
            }
            double audio = num(earshot, "audio_seconds");
            Map<String, Object> row = ordered("format", format, "input_bytes", earshot.get("input_bytes"),
                    "audio_seconds", audio, "earshot_seconds", earshot.get("seconds"),
                    "earshot_cpu_seconds", earshot.get("cpu_seconds"), "earshot_times_real_time",
                    audio / num(earshot, "seconds"));
            String peer = "not measured";
            String ratio = "";
            String peerSpeed = "";
            String peerCpu = "";
            if (ffmpeg != null) {
                double r = num(earshot, "seconds") / num(ffmpeg, "seconds");
                row.put("ffmpeg_seconds", ffmpeg.get("seconds"));
                row.put("ffmpeg_cpu_seconds", ffmpeg.get("cpu_seconds"));
                row.put("ffmpeg_times_real_time", num(ffmpeg, "audio_seconds") / num(ffmpeg, "seconds"));
                row.put("earshot_to_ffmpeg_time", r);
                peer = seconds(num(ffmpeg, "seconds"));
                ratio = String.format("**%.2f**", r);
                peerSpeed = String.format("%.0fx", num(ffmpeg, "audio_seconds") / num(ffmpeg, "seconds"));
                peerCpu = seconds(num(ffmpeg, "cpu_seconds"));
                logSum += Math.log(r);
                compared++;
            }
            rows.add(row);
            md.append(String.format("| %s | %s | %.1f s | %s | %s | %s | %.0fx | %s | %s | %s |%n",
                    FORMAT_NAMES.get(format), megabytes(num(earshot, "input_bytes")), audio,
                    seconds(num(earshot, "seconds")), peer, ratio, audio / num(earshot, "seconds"), peerSpeed,
                    seconds(num(earshot, "cpu_seconds")), peerCpu));
        }
        if (rows.isEmpty()) {
            notMeasured.add("decoding: no figures (see the section's log)");
            md.append("| not measured | | | | | | | | | |\n");
        }
        Map<String, Object> decode = ordered("formats", rows);
        if (compared > 0) {
            double mean = Math.exp(logSum / compared);
            decode.put("earshot_to_ffmpeg_time_geometric_mean", mean);
            summary.put("decode_earshot_to_ffmpeg_time_geometric_mean", mean);
            summaryMd.append(String.format("| decode to 16 kHz mono, %d formats (time, geometric mean) | | FFmpeg CLI "
                    + "| %.2f |%n", compared, mean));
            md.append(String.format("%nGeometric mean of Earshot/FFmpeg time over the %d formats: **%.2f**.%n%n",
                    compared, mean));
        } else {
            md.append("\n");
            if (!rows.isEmpty()) {
                notMeasured.add("decoding next to the FFmpeg command line: "
                        + text(steps.getOrDefault("run", Map.of()), "ffmpeg"));
            }
        }
        json.put("decode", decode);
    }

    private void components() {
        List<String> ids = steps.keySet().stream().filter(step -> step.startsWith("component-")).toList();
        if (ids.isEmpty()) {
            notMeasured.add("signal-processing components: no figures (see the section's log)");
            return;
        }
        Map<String, Object> first = steps.get(ids.get(0));
        md.append(String.format("## Signal-processing components%n%nEvery component of `StandardComponents.all()` with "
                + "its default params (`slice_audio`: two ranges, 10-20 %% and 50-60 %% of the input) as a one-step "
                + "plan through `PipelineRunner`, on the same %.1f min of %.0f Hz %.0f-channel audio, one core. Median "
                + "of %s runs after one unmeasured run. × real time is the audio's length over the time taken, the "
                + "ratio to real time.%n%n| component | time | × real time | CPU time |%n|---|---|---|---|%n",
                num(first, "audio_seconds") / 60, num(first, "sample_rate"), num(first, "channels"),
                text(steps.getOrDefault("run", Map.of()), "runs")));
        List<Object> rows = new ArrayList<>();
        for (String step : ids) {
            Map<String, Object> figures = steps.get(step);
            double speed = num(figures, "audio_seconds") / num(figures, "seconds");
            rows.add(ordered("component", figures.get("component"), "audio_seconds", figures.get("audio_seconds"),
                    "seconds", figures.get("seconds"), "cpu_seconds", figures.get("cpu_seconds"),
                    "times_real_time", speed, "peak_rss_mb", figures.get("peak_rss_mb")));
            md.append(String.format("| `%s` | %s | %s | %s |%n", figures.get("component"),
                    seconds(num(figures, "seconds")), times(speed), seconds(num(figures, "cpu_seconds"))));
            if ("noise_reduce".equals(figures.get("component"))) {
                summary.put("noise_reduce_times_real_time_44k_stereo", speed);
                summaryMd.append(String.format("| `noise_reduce` on 44.1 kHz stereo, × real time | %s | | |%n",
                        times(speed)));
            }
        }
        md.append("\n");
        json.put("components", rows);
    }

    private void resample() {
        ResampleReport section = new ResampleReport(steps);
        if (!section.measured()) {
            notMeasured.add("resampling to 16 kHz mono: no figures (see the section's log)");
            return;
        }
        md.append(section.markdown());
        json.put("resample", section.json());
        summary.putAll(section.summary());
        summaryMd.append(section.summaryMarkdown());
        notMeasured.addAll(section.notMeasured());
    }

    private void noise() {
        Map<String, Object> score = steps.get("noise-score");
        Map<String, Object> earshot = steps.get("noise-earshot");
        if (score == null || earshot == null) {
            notMeasured.add("noise_reduce next to its peers: no figures (see the section's log)");
            return;
        }
        double audio = num(score, "audio_seconds");
        md.append(String.format("## noise_reduce next to FFmpeg's afftdn and sox's noisered%n%nThe same input for every "
                        + "tool: %.1f min of the committed speech fixtures (16 kHz mono) after 1 s of silence, with "
                        + "white noise at %.0f dB SNR over all of it (the first second is noise only; SI-SDR of the "
                        + "noisy input %.2f dB), as raw 32-bit float that every tool reads directly; one core. The "
                        + "peers get the same help Earshot finds on its own: the noise-only lead-in. Rows marked "
                        + "tuned use the best setting of a small sweep on this input during development. Each output "
                        + "is aligned to the clean reference before scoring (lag column; afftdn delays its output). "
                        + "Median of %s runs after one unmeasured run; the peers' times include their process start."
                        + "%n%n| tool | time | × real time | Earshot/tool time | SI-SDR out | SI-SDR improvement | "
                        + "Earshot − tool | lag |%n|---|---|---|---|---|---|---|---|%n",
                audio / 60, num(score, "snr_db"), num(score, "si_sdr_input_db"),
                text(steps.getOrDefault("run", Map.of()), "runs")));
        double earshotGain = num(score, "earshot.si_sdr_improvement_db");
        List<Object> rows = new ArrayList<>();
        for (String tool : Stream.concat(Stream.of("earshot"), NOISE_PEERS.stream()).toList()) {
            Map<String, Object> timing = steps.get("noise-" + tool);
            if (timing == null || !score.containsKey(tool + ".si_sdr_db")) {
                continue;
            }
            boolean self = tool.equals("earshot");
            double time = num(timing, "seconds");
            double gain = num(score, tool + ".si_sdr_improvement_db");
            double timeRatio = num(earshot, "seconds") / time;
            rows.add(ordered("tool", tool, "description", NOISE_NAMES.get(tool), "settings", timing.get("settings"),
                    "seconds", time, "cpu_seconds", timing.get("cpu_seconds"), "times_real_time", audio / time,
                    "earshot_to_tool_time", timeRatio, "si_sdr_db", score.get(tool + ".si_sdr_db"),
                    "si_sdr_improvement_db", gain, "earshot_minus_tool_improvement_db", earshotGain - gain,
                    "lag_samples", score.get(tool + ".lag_samples")));
            md.append(String.format("| %s | %s | %s | %s | %.2f dB | %+.2f dB | %s | %s |%n", NOISE_NAMES.get(tool),
                    seconds(time), times(audio / time), self ? "1" : String.format("**%.2f**", timeRatio),
                    num(score, tool + ".si_sdr_db"), gain, self ? "" : String.format("**%+.2f dB**", earshotGain - gain),
                    whole(score.get(tool + ".lag_samples"))));
        }
        md.append("\n");
        summaryMd.append(String.format("| `noise_reduce` SI-SDR improvement at %.0f dB SNR | %+.2f dB | | |%n",
                num(score, "snr_db"), earshotGain));
        summary.put("noise_reduce_si_sdr_improvement_db", earshotGain);
        for (String peer : List.of("afftdn_leadin", "sox_05")) {
            Map<String, Object> timing = steps.get("noise-" + peer);
            if (timing != null && score.containsKey(peer + ".si_sdr_improvement_db")) {
                double peerGain = num(score, peer + ".si_sdr_improvement_db");
                summary.put("noise_reduce_to_" + peer + "_time", num(earshot, "seconds") / num(timing, "seconds"));
                summary.put("noise_reduce_minus_" + peer + "_improvement_db", earshotGain - peerGain);
                summaryMd.append(String.format("| `noise_reduce` vs %s: time; SI-SDR improvement | %s; %+.2f dB | %s; "
                                + "%+.2f dB | %.2f; %+.2f dB |%n", NOISE_NAMES.get(peer), seconds(num(earshot, "seconds")),
                        earshotGain, seconds(num(timing, "seconds")), peerGain,
                        num(earshot, "seconds") / num(timing, "seconds"), earshotGain - peerGain));
            }
        }
        if (!steps.containsKey("noise-afftdn")) {
            notMeasured.add("noise_reduce next to FFmpeg's afftdn: " + text(steps.getOrDefault("run", Map.of()), "ffmpeg"));
        }
        if (!steps.containsKey("noise-sox_05")) {
            notMeasured.add("noise_reduce next to sox noisered: sox or its noisered effect is not installed");
        }
        json.put("noise_reduce", ordered("audio_seconds", audio, "snr_db", score.get("snr_db"),
                "si_sdr_input_db", score.get("si_sdr_input_db"), "tools", rows));
    }

    private void speech() {
        List<String> names = List.of("vad", "raw", "transcribe-1", "transcribe-2");
        if (!names.stream().allMatch(steps::containsKey)) {
            notMeasured.add("VAD and transcription: no figures (see the section's log)");
            return;
        }
        Map<String, Object> vad = steps.get("vad");
        double audio = num(vad, "audio_seconds");
        double vadSpeed = audio / num(vad, "seconds");
        double raw = num(steps.get("raw"), "seconds") / audio;
        md.append(String.format("## Voice activity detection and transcription%n%nThe same %.1f min of 16 kHz mono speech "
                + "(the committed espeak-ng fixtures repeated with their pauses) for every row, each in its own JVM "
                + "(`SpeechBenchmark` steps). Raw Vosk is one plain `org.vosk.Recognizer` fed the whole input, no VAD "
                + "and no chunks. RTF is processing time over audio time (lower is faster); times leave out loading "
                + "the model and include Earshot's own VAD pass.%n%n| run | cores | time | × real time | RTF | "
                + "Earshot/raw RTF | CPU time | Earshot/raw CPU | WER |%n|---|---|---|---|---|---|---|---|---|%n"
                + "| Silero VAD | 1 (taskset -c 0) | %s | %s | %.4f | | %s | | |%n", audio / 60,
                seconds(num(vad, "seconds")), times(vadSpeed), 1 / vadSpeed, seconds(num(vad, "cpu_seconds"))));
        Map<String, Object> speech = ordered("audio_seconds", audio, "vad", ordered("seconds", vad.get("seconds"),
                "cpu_seconds", vad.get("cpu_seconds"), "times_real_time", vadSpeed));
        Map<String, String> rows = Map.of("raw", "raw Vosk, 1 recognizer", "transcribe-1", "Earshot, 1 worker",
                "transcribe-2", "Earshot, 2 workers");
        Map<String, String> cores = Map.of("raw", "1 (taskset -c 0)", "transcribe-1", "1 (taskset -c 0)",
                "transcribe-2", "2 (taskset -c 0,1)");
        double rawCpu = num(steps.get("raw"), "cpu_seconds");
        for (String step : List.of("raw", "transcribe-1", "transcribe-2")) {
            Map<String, Object> figures = steps.get(step);
            double rtf = num(figures, "seconds") / audio;
            boolean base = step.equals("raw");
            speech.put(step.replace('-', '_'), ordered("seconds", figures.get("seconds"), "cpu_seconds",
                    figures.get("cpu_seconds"), "rtf", rtf, "rtf_to_raw", rtf / raw, "cpu_to_raw",
                    num(figures, "cpu_seconds") / rawCpu, "wer", figures.get("wer"), "peak_rss_mb",
                    figures.get("peak_rss_mb")));
            md.append(String.format("| %s | %s | %s | %s | %.4f | %s | %s | %s | %.3f |%n", rows.get(step), cores.get(step),
                    seconds(num(figures, "seconds")), times(1 / rtf), rtf, base ? "1" : String.format("**%.2f**", rtf / raw),
                    seconds(num(figures, "cpu_seconds")), base ? "1"
                            : String.format("%.2f", num(figures, "cpu_seconds") / rawCpu), num(figures, "wer")));
            if (!base) {
                summary.put(step.replace('-', '_') + "_rtf_to_raw", rtf / raw);
                summaryMd.append(String.format("| transcription RTF, %s | %.4f | %.4f (raw Vosk, 1 core) | %.2f |%n",
                        rows.get(step).replace("Earshot, ", ""), rtf, raw, rtf / raw));
            }
        }
        summary.put("vad_times_real_time", vadSpeed);
        summaryMd.append(String.format("| Silero VAD, × real time on one core | %s | | |%n", times(vadSpeed)));
        md.append(String.format("%nWER is over the whole input against the fixtures' text (%.0f reference words).%n%n",
                num(steps.get("raw"), "reference_words")));
        json.put("speech", speech);
    }

    private void analysis() {
        Map<String, Object> figures = steps.get("analysis");
        if (figures == null) {
            notMeasured.add("full-analysis end to end: no figures (see the section's log)");
            return;
        }
        double audio = num(figures, "audio_seconds");
        double transcription = num(figures, "transcription_seconds") / audio;
        double full = num(figures, "full_analysis_seconds") / audio;
        md.append(String.format("## full-analysis end to end%n%nThe packaged server (-Xmx%s, both cores); a %.1f min "
                        + "WAV of the committed speech and diarization fixtures (16 kHz mono) posted to "
                        + "`POST /v1/audio/ingest` with `pipeline=transcription`, then with `pipeline=full-analysis`, "
                        + "%s times each in turn, after both pipelines ran unmeasured on a 24 s fixture (loading every "
                        + "model) and on this file (warming the JIT); each "
                        + "polled every 0.2 s until `completed`. Wall time from the upload to completed (median; all "
                        + "runs: transcription %s s, full-analysis %s s).%n%n| pipeline | wall time "
                        + "| RTF | ratio to transcription |%n|---|---|---|---|%n| transcription | %s | %.4f | 1 |%n"
                        + "| full-analysis | %s | %.4f | **%.2f** |%n%nThe transcription pipeline already diarizes (parts "
                        + "transcript and speakers); full-analysis adds sentiment, PII detection and the summary "
                        + "(extractive unless an LLM endpoint is configured). full-analysis parts: %s. Words: %s "
                        + "(transcription), %s (full-analysis). Server peak RSS %s.%n%n",
                text(steps.getOrDefault("run", Map.of()), "heap"), audio / 60, whole(figures.get("runs")),
                figures.get("transcription_seconds_all"), figures.get("full_analysis_seconds_all"),
                seconds(num(figures, "transcription_seconds")), transcription,
                seconds(num(figures, "full_analysis_seconds")), full, full / transcription, figures.get("parts"),
                whole(figures.get("transcription_words")), whole(figures.get("full_analysis_words")),
                megabytes(num(figures, "peak_rss_mb") * 1e6)));
        summary.put("full_analysis_rtf", full);
        summary.put("full_analysis_to_transcription", full / transcription);
        summaryMd.append(String.format("| full-analysis RTF through the server | %.4f | %.4f (transcription only) | %.2f "
                + "|%n", full, transcription, full / transcription));
        json.put("full_analysis", ordered("audio_seconds", audio, "transcription_seconds",
                figures.get("transcription_seconds"), "transcription_rtf", transcription, "full_analysis_seconds",
                figures.get("full_analysis_seconds"), "full_analysis_rtf", full, "full_to_transcription",
                full / transcription, "parts", figures.get("parts"), "peak_rss_mb", figures.get("peak_rss_mb")));
    }

    private void memory() {
        List<Map<String, Object>> runs = steps.keySet().stream().filter(step -> step.startsWith("memory-"))
                .map(steps::get).sorted((a, b) -> Double.compare(num(a, "minutes"), num(b, "minutes"))).toList();
        if (runs.size() < 2) {
            notMeasured.add("peak RSS on short vs long audio: fewer than two lengths measured (see the section's log)");
            if (runs.isEmpty()) {
                return;
            }
        }
        md.append(String.format("## Memory: short vs long audio%n%nThe packaged server (-Xmx%s, both cores, a fresh "
                        + "server for each length) running one pipeline-door request `noise_reduce` → `transcribe` on "
                        + "a 16 kHz mono MP3 (the committed fixtures repeated, a pink-noise floor 40 dB down): decode "
                        + "→ noise_reduce → transcribe. Peak RSS is the server's VmHWM (JVM, Vosk model and "
                        + "recognizers, ONNX Runtime, FFmpeg included); time is the request's, model loading "
                        + "included.%n%n| audio | status | time | RTF | RSS before the request | peak RSS | words |%n"
                        + "|---|---|---|---|---|---|---|%n", text(runs.get(0), "heap")));
        List<Object> rows = new ArrayList<>();
        for (Map<String, Object> run : runs) {
            rows.add(ordered("minutes", run.get("minutes"), "audio_seconds", run.get("audio_seconds"), "status",
                    run.get("status"), "seconds", run.get("seconds"), "rtf", num(run, "seconds") / num(run,
                            "audio_seconds"), "rss_before_mb", run.get("rss_before_mb"), "peak_rss_mb",
                    run.get("peak_rss_mb"), "word_count", run.get("word_count")));
            md.append(String.format("| %.0f min | %s | %s | %.4f | %.0f MB | %.0f MB | %s |%n", num(run, "minutes"),
                    whole(run.get("status")), seconds(num(run, "seconds")), num(run, "seconds") / num(run, "audio_seconds"),
                    num(run, "rss_before_mb"), num(run, "peak_rss_mb"), whole(run.get("word_count"))));
        }
        Map<String, Object> memory = ordered("heap", runs.get(0).get("heap"), "runs", rows);
        if (runs.size() >= 2) {
            Map<String, Object> shortRun = runs.get(0);
            Map<String, Object> longRun = runs.get(runs.size() - 1);
            double ratio = num(longRun, "peak_rss_mb") / num(shortRun, "peak_rss_mb");
            double audioRatio = num(longRun, "audio_seconds") / num(shortRun, "audio_seconds");
            memory.put("peak_rss_long_to_short", ratio);
            memory.put("audio_long_to_short", audioRatio);
            md.append(String.format("| %.0f/%.0f | | %.1fx | | | **%.2fx** | |%n", num(longRun, "minutes"),
                    num(shortRun, "minutes"), num(longRun, "seconds") / num(shortRun, "seconds"), ratio));
            summary.put("peak_rss_long_to_short", ratio);
            summaryMd.append(String.format("| peak RSS, %.0f vs %.0f min through decode → noise_reduce → transcribe | "
                            + "%.0f MB | %.0f MB | %.2f |%n", num(longRun, "minutes"), num(shortRun, "minutes"),
                    num(longRun, "peak_rss_mb"), num(shortRun, "peak_rss_mb"), ratio));
        }
        md.append("\n");
        json.put("memory", memory);
    }

    private void http() {
        List<String> connections = steps.keySet().stream().filter(step -> step.startsWith("http-reads-earshot-"))
                .map(step -> step.substring("http-reads-earshot-".length()))
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).toList();
        if (connections.isEmpty()) {
            notMeasured.add("job-status reads over HTTP: no figures (see the section's log)");
            return;
        }
        md.append(String.format("## HTTP: job-status reads%n%n`GET /v1/jobs/{id}` of a completed transcription job "
                        + "(API key in `X-Api-Key`, %.0f-byte JSON answer) from a closed-loop load generator "
                        + "(`bench/java/HttpLoad.java`: plain sockets, HTTP/1.1 keep-alive, one thread per connection) on "
                        + "loopback for %s s after %s s of unmeasured load (a server started moments before still runs "
                        + "much of its request path interpreted); the server alone on core 0, the generator on core 1. "
                        + "Peer: the JDK's own HTTP server (`bench/java/HttpPeer.java`, same core and -Xmx) answering the "
                        + "same bytes with no lookup, no authentication and no framework: the floor of a JVM serving this "
                        + "answer here. Generator CPU is its share of its core; near 1 means the generator, not the "
                        + "server, was the limit.%n%n| connections | server | reads/s | p50 | p90 | p99 | max | errors, "
                        + "non-200 | generator CPU |%n|---|---|---|---|---|---|---|---|---|%n",
                num(steps.get("http-reads-earshot-" + connections.get(0)), "body_bytes_mean"),
                whole(steps.get("http-reads-earshot-" + connections.get(0)).get("seconds")),
                whole(steps.get("http-reads-earshot-" + connections.get(0)).getOrDefault("warmup_seconds", "3"))));
        List<Object> rows = new ArrayList<>();
        for (String count : connections) {
            Map<String, Object> earshot = steps.get("http-reads-earshot-" + count);
            Map<String, Object> peer = steps.get("http-reads-peer-" + count);
            Map<String, Object> row = ordered("connections", Integer.parseInt(count), "earshot", earshot);
            readsRow(count, "Earshot", earshot);
            if (peer != null) {
                readsRow(count, "JDK HttpServer (peer)", peer);
                double reads = num(earshot, "reads_per_second") / num(peer, "reads_per_second");
                double p99 = num(earshot, "p99_ms") / num(peer, "p99_ms");
                row.put("peer", peer);
                row.put("earshot_to_peer_reads_per_second", reads);
                row.put("earshot_to_peer_p99", p99);
                md.append(String.format("| %s | Earshot/peer | **%.2f** | %.2f | %.2f | **%.2f** | | | |%n", count,
                        reads, num(earshot, "p50_ms") / num(peer, "p50_ms"),
                        num(earshot, "p90_ms") / num(peer, "p90_ms"), p99));
                summary.put("job_reads_per_second_to_peer_" + count + "_connections", reads);
                summary.put("job_reads_p99_to_peer_" + count + "_connections", p99);
                summaryMd.append(String.format("| job-status reads/s (p99), connections: %s | %.0f/s (%.1f ms) | "
                                + "%.0f/s (%.1f ms) | %.2f (p99 %.2f) |%n", count, num(earshot, "reads_per_second"),
                        num(earshot, "p99_ms"), num(peer, "reads_per_second"), num(peer, "p99_ms"), reads, p99));
            }
            rows.add(row);
        }
        md.append("\n");
        json.put("job_reads", rows);
    }

    private void readsRow(String connections, String server, Map<String, Object> figures) {
        md.append(String.format("| %s | %s | %.0f | %.2f ms | %.2f ms | %.2f ms | %.1f ms | %s, %s | %.2f |%n",
                connections, server, num(figures, "reads_per_second"), num(figures, "p50_ms"), num(figures, "p90_ms"),
                num(figures, "p99_ms"), num(figures, "max_ms"), whole(figures.get("errors")),
                whole(figures.get("non_200")), num(figures, "generator_cpu_share")));
    }

    private void upload() {
        Map<String, Object> earshot = steps.get("upload-earshot");
        Map<String, Object> peer = steps.get("upload-peer");
        if (earshot == null) {
            notMeasured.add("upload throughput: no figures (see the section's log)");
            return;
        }
        md.append(String.format("## HTTP: upload%n%nA %s WAV posted once by `curl -F file=@...` (core 1) over loopback "
                        + "to each receiver (core 0), each started fresh with -Xmx%s: Earshot's `POST /v1/audio/ingest` "
                        + "(`pipeline=transcription`; the time runs to its 202, so it covers receiving the multipart "
                        + "body, probing the audio and storing it in the blob store) and, as the peer, the JDK HTTP "
                        + "server writing the same request body to one file and forcing it to disk. MB/s is file bytes "
                        + "(10^6) per second. Peak RSS is the receiver's VmHWM right after the answer; before is its "
                        + "VmHWM after start-up.%n%n| receiver | status | time | MB/s | peak RSS before | peak RSS "
                        + "after | growth |%n|---|---|---|---|---|---|---|%n", megabytes(num(earshot, "file_bytes")),
                text(earshot, "heap")));
        Map<String, Object> upload = ordered("file_bytes", earshot.get("file_bytes"), "heap", earshot.get("heap"));
        double earshotRate = uploadRow("Earshot ingest", earshot, upload, "earshot");
        if (peer != null) {
            double peerRate = uploadRow("JDK HttpServer to disk (peer)", peer, upload, "peer");
            upload.put("earshot_to_peer_throughput", earshotRate / peerRate);
            md.append(String.format("| Earshot/peer | | %.2f | **%.2f** | | %.2f | |%n",
                    num(earshot, "seconds") / num(peer, "seconds"), earshotRate / peerRate,
                    num(earshot, "peak_rss_mb") / num(peer, "peak_rss_mb")));
            summary.put("upload_throughput_to_peer", earshotRate / peerRate);
            summaryMd.append(String.format("| upload of %s at -Xmx%s: MB/s (server peak RSS) | %.0f MB/s (%.0f MB) | "
                            + "%.0f MB/s (%.0f MB) | %.2f |%n", megabytes(num(earshot, "file_bytes")),
                    text(earshot, "heap"), earshotRate, num(earshot, "peak_rss_mb"), peerRate, num(peer, "peak_rss_mb"),
                    earshotRate / peerRate));
        }
        md.append("\n");
        json.put("upload", upload);
    }

    private double uploadRow(String name, Map<String, Object> figures, Map<String, Object> upload, String key) {
        double rate = num(figures, "file_bytes") / 1e6 / num(figures, "seconds");
        upload.put(key, ordered("status", figures.get("status"), "seconds", figures.get("seconds"), "mb_per_second",
                rate, "peak_rss_before_mb", figures.get("peak_rss_before_mb"), "peak_rss_mb", figures.get("peak_rss_mb")));
        md.append(String.format("| %s | %s | %s | %.0f | %.0f MB | %.0f MB | %+.0f MB |%n", name,
                whole(figures.get("status")), seconds(num(figures, "seconds")), rate, num(figures, "peak_rss_before_mb"),
                num(figures, "peak_rss_mb"), num(figures, "peak_rss_mb") - num(figures, "peak_rss_before_mb")));
        return rate;
    }

    private String loadRange(boolean lowest) {
        Stream<Double> loads = endLoads();
        return String.format("%.2f", lowest ? loads.min(Double::compare).orElse(Double.NaN)
                : loads.max(Double::compare).orElse(Double.NaN));
    }

    /** Which measurements ended with more load than the benchmark itself makes (at most one per core). */
    private String busyNote(Map<String, Object> run) {
        double cores = num(run, "cores");
        List<Double> loads = endLoads().toList();
        long busy = loads.stream().filter(load -> load > cores + 0.5).count();
        return busy == 0 ? "" : String.format("; %d of the %d ended above %.1f, so other work ran beside the benchmark "
                + "then", busy, loads.size(), cores + 0.5);
    }

    private Stream<Double> endLoads() {
        return steps.entrySet().stream().filter(entry -> !entry.getKey().equals("run"))
                .map(entry -> entry.getValue().get("load_average")).filter(value -> value instanceof String)
                .map(value -> Double.parseDouble(value.toString().split(" ")[0]));
    }

    private static String loadTriple(Object loadavg) {
        return loadavg == null ? "unknown" : loadavg.toString().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    }

    private static double num(Map<String, Object> figures, String key) {
        Object value = figures.get(key);
        return value instanceof Double number ? number : Double.NaN;
    }

    private static String text(Map<String, Object> figures, String key) {
        Object value = figures.get(key);
        return value instanceof Double number && number == Math.rint(number) ? String.valueOf(number.longValue())
                : String.valueOf(value);
    }

    private static String whole(Object value) {
        return value instanceof Double number ? String.valueOf(number.longValue()) : String.valueOf(value);
    }

    private static String seconds(double seconds) {
        return seconds < 10 ? String.format("%.3f s", seconds) : String.format("%.1f s", seconds);
    }

    private static String times(double speed) {
        return speed < 100 ? String.format("%.1fx", speed) : String.format("%.0fx", speed);
    }

    private static String megabytes(double bytes) {
        return String.format(bytes < 10e6 ? "%.2f MB" : "%.0f MB", bytes / 1e6);
    }

    private static String duration(Object seconds) {
        if (!(seconds instanceof Double value)) {
            return "unknown";
        }
        long s = value.longValue();
        return s < 60 ? s + " s" : String.format("%d min %02d s", s / 60, s % 60);
    }
}
