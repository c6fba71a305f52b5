package dev.earshot.engine.speech;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.transcript.Transcript;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Speed and memory of the speech capabilities on the committed fixtures repeated to a given length, next to
 * raw Vosk (one recognizer over the whole file) on the same audio. Not a test; run from the repository root
 * after {@code ./mvnw -B -ntp -pl engine test-compile}:
 * <pre>
 * ./mvnw -B -ntp -q -pl engine dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx64m -cp engine/target/classes:engine/target/test-classes:$(cat /tmp/cp.txt) \
 *   -Dearshot.vosk.model-archive=$HOME/.m2/repository/com/alphacephei/vosk-model-en/0.3.45/vosk-model-en-0.3.45.aar \
 *   dev.earshot.engine.speech.SpeechBenchmark 3 1,2 vad,transcribe,raw
 * </pre>
 * Arguments: minutes of audio, worker counts, steps ({@code vad}, {@code transcribe}, {@code raw}), and
 * optionally the longest chunk in seconds (default 30). WER is against the fixtures' reference texts.
 * <p>
 * Measured on the 2-core build machine (shared, load 1.3 to 2.2 from other jobs), -Xmx64m: 5 min of audio:
 * VAD 134x real time; transcription RTF 0.082 on 1 worker and 0.043 on 2 (WER 0.271), raw Vosk RTF 0.092
 * (WER 0.441); 60 min on 2 workers: RTF 0.053, heap peak 12 MB, peak RSS 567 MB (10 min: 524 MB).
 */
public final class SpeechBenchmark {

    private static long cpuStart;
    private static String reference;
    private static final List<TimeRange> speech = new ArrayList<>();

    private SpeechBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = Double.parseDouble(args[0]);
        List<String> steps = List.of(args.length > 2 ? args[2].split(",") : new String[] {"vad", "transcribe", "raw"});
        Path dir = Files.createTempDirectory("earshot-bench");
        try (SpeechModels models = new SpeechModels(TestSpeechModels.cacheFolder())) {
            PcmFile audio = longAudio(dir, minutes);
            double seconds = audio.durationSeconds();
            System.out.printf("audio: %.1f s of 16 kHz mono speech (the 3 fixtures repeated), max heap %d MB%n",
                    seconds, Runtime.getRuntime().maxMemory() >> 20);
            if (steps.contains("vad")) {
                VoiceActivityDetector vad = models.voiceActivityDetector();
                vad.detect(audio, VadSettings.DEFAULTS);
                resetPeaks();
                long start = System.nanoTime();
                int segments = vad.detect(audio, VadSettings.DEFAULTS).size();
                double elapsed = (System.nanoTime() - start) / 1e9;
                System.out.printf("VAD: %.2f s, %.0fx real time, %d segments, %s%n", elapsed, seconds / elapsed,
                        segments, memory());
            }
            if (steps.contains("transcribe")) {
                long loading = System.nanoTime();
                Transcriber transcriber = models.transcriber();
                System.out.printf("Vosk model check and load: %.1f s%n", (System.nanoTime() - loading) / 1e9);
                for (String workers : args[1].split(",")) {
                    resetPeaks();
                    long start = System.nanoTime();
                    Transcript transcript = transcriber.transcribe(audio,
                            TranscriptionSettings.defaults().withWorkers(Integer.parseInt(workers))
                                    .withMaxChunkSeconds(args.length > 3 ? Double.parseDouble(args[3]) : 30));
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    System.out.printf("transcribe, %s worker(s): %.1f s, RTF %.3f, %d words (%d not inside a known "
                            + "sentence +-0.2 s), WER %.3f, %s%n", workers, elapsed, elapsed / seconds,
                            transcript.words().size(), misplaced(transcript), WordErrorRate.of(reference, transcript.text()),
                            memory());
                }
            }
            if (steps.contains("raw")) {
                models.transcriber();
                rawVosk(audio, TestSpeechModels.cacheFolder().resolve("vosk-model-en-us-0.3.45"));
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static PcmFile longAudio(Path dir, double minutes) {
        List<PcmFile> fixtures = new ArrayList<>();
        for (String name : SpeechFixtures.FILES) {
            fixtures.add(SpeechAudio.toSpeechFormat(SpeechFixtures.load(name, dir), dir.resolve(name + ".16k.pcm")));
        }
        List<PcmFile> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double total = 0;
        for (int i = 0; total < minutes * 60; i++) {
            PcmFile part = fixtures.get(i % fixtures.size());
            String name = SpeechFixtures.FILES.get(i % fixtures.size());
            parts.add(part);
            text.append(' ').append(SpeechFixtures.transcripts().get(name));
            for (TimeRange span : SpeechFixtures.boundaries().get(name)) {
                speech.add(new TimeRange(span.start() + total, span.end() + total));
            }
            total += part.durationSeconds();
        }
        reference = text.toString();
        return SpeechFixtures.concatenate(dir.resolve("long.pcm"), parts);
    }

    /** Raw Vosk: one recognizer, the whole file in 4000-sample blocks of 16-bit samples, no VAD, no chunks. */
    private static void rawVosk(PcmFile audio, Path modelFolder) throws Exception {
        resetPeaks();
        long start = System.nanoTime();
        StringBuilder text = new StringBuilder();
        try (Model model = new Model(modelFolder.toString());
             Recognizer recognizer = new Recognizer(model, 16000f);
             PcmReader reader = audio.openReader()) {
            long loaded = System.nanoTime();
            recognizer.setWords(true);
            float[] block = new float[4000];
            short[] pcm = new short[4000];
            int n;
            while ((n = reader.read(block, block.length)) > 0) {
                for (int i = 0; i < n; i++) {
                    pcm[i] = (short) Math.max(-32768, Math.min(32767, Math.round(block[i] * 32768f)));
                }
                if (recognizer.acceptWaveForm(pcm, n)) {
                    text.append(' ').append(textOf(recognizer.getResult()));
                }
            }
            text.append(' ').append(textOf(recognizer.getFinalResult()));
            double elapsed = (System.nanoTime() - loaded) / 1e9;
            System.out.printf("raw Vosk, 1 recognizer: %.1f s (+%.1f s model load), RTF %.3f, %d words, WER %.3f, %s%n",
                    elapsed, (loaded - start) / 1e9, elapsed / audio.durationSeconds(),
                    WordErrorRate.normalize(text.toString()).size(), WordErrorRate.of(reference, text.toString()), memory());
        }
    }

    private static long misplaced(Transcript transcript) {
        return transcript.words().stream().filter(word -> speech.stream().noneMatch(
                span -> word.start() >= span.start() - 0.2 && word.end() <= span.end() + 0.2)).count();
    }

    private static String textOf(String json) {
        int at = json.lastIndexOf("\"text\" : \"");
        return at < 0 ? "" : json.substring(at + 10, json.indexOf('"', at + 10));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        cpuStart = cpuNanos();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static String memory() throws Exception {
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
        return String.format("CPU %.1f s, heap peak %d MB, process %s", cpu, heapPeak >> 20, hwm);
    }
}
