package dev.earshot.engine.speech;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.vosk.VoskModelCache;
import dev.earshot.engine.speech.vosk.VoskModelSource;
import dev.earshot.engine.testing.BenchFigures;
import dev.earshot.engine.testing.BenchMeter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * The speech figures of {@code bench/speech.sh}, which runs each step below in a JVM of its own (see
 * {@code bench/README.md}). Not a test. Steps:
 * <pre>
 * input MINUTES FILE           the committed fixtures repeated, pauses included, to at least MINUTES: a 16 kHz
 *                              mono working file FILE and FILE.tsv (start, end and words of every sentence);
 *                              also extracts both Vosk model copies, so that no timed step does
 * vad FILE OUT                 Silero VAD over FILE (after one untimed pass)
 * transcribe FILE WORKERS OUT  Earshot's transcriber with WORKERS workers and 30 s chunks
 * raw FILE OUT                 raw Vosk: one org.vosk.Recognizer fed all of FILE, the model as shipped
 * fixtures OUT                 Earshot and raw Vosk on each fixture on its own
 * report WORK RESULTS          {@link SpeechBenchmarkReport}
 * </pre>
 * OUT receives the figures as {@code key=value} lines. System properties: {@code earshot.vosk.model-archive}
 * (the model aar) and {@code earshot.bench.model-cache} (folder for the extracted models).
 */
public final class SpeechBenchmark {

    private static final double SLACK_SECONDS = 0.2;

    private SpeechBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        switch (args[0]) {
            case "input" -> writeInput(Double.parseDouble(args[1]), Path.of(args[2]));
            case "vad" -> BenchFigures.write(Path.of(args[2]), vad(input(Path.of(args[1]))));
            case "transcribe" -> BenchFigures.write(Path.of(args[3]), transcribe(input(Path.of(args[1])), Integer.parseInt(args[2])));
            case "raw" -> BenchFigures.write(Path.of(args[2]), raw(input(Path.of(args[1]))));
            case "fixtures" -> BenchFigures.write(Path.of(args[1]), fixtures());
            case "report" -> SpeechBenchmarkReport.write(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    /** The generated input: 16 kHz mono audio and the sentences spoken in it. */
    record Input(PcmFile audio, List<TimeRange> spans, String reference) {
    }

    private static void writeInput(double minutes, Path file) throws IOException {
        Path dir = Files.createTempDirectory(file.toAbsolutePath().getParent(), "fixtures");
        try {
            Map<String, PcmFile> fixtures = new LinkedHashMap<>();
            for (String name : SpeechFixtures.FILES) {
                fixtures.put(name, SpeechAudio.toSpeechFormat(SpeechFixtures.load(name, dir), dir.resolve(name + ".16k")));
            }
            Map<String, List<TimeRange>> boundaries = SpeechFixtures.boundaries();
            List<PcmFile> parts = new ArrayList<>();
            StringBuilder table = new StringBuilder();
            double total = 0;
            for (int i = 0; total < minutes * 60; i++) {
                String name = SpeechFixtures.FILES.get(i % fixtures.size());
                List<TimeRange> spans = boundaries.get(name);
                String[] sentences = SpeechFixtures.transcripts().get(name).split("(?<=[.?!]) ");
                for (int s = 0; s < spans.size(); s++) {
                    table.append(String.format(Locale.ROOT, "%.4f\t%.4f\t%s%n",
                            spans.get(s).start() + total, spans.get(s).end() + total, sentences[s]));
                }
                parts.add(fixtures.get(name));
                total += fixtures.get(name).durationSeconds();
            }
            Path concatenated = SpeechFixtures.concatenate(dir.resolve("all"), parts).path();
            Files.move(concatenated, file, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(sentencesOf(file), table);
            VoskModelCache.ensure(VoskModelSource.locate(SpeechBenchmark.class.getClassLoader()), modelCache());
            shippedModel();
        } finally {
            BenchFigures.deleteTree(dir);
        }
    }

    private static Input input(Path file) throws IOException {
        List<TimeRange> spans = new ArrayList<>();
        StringBuilder reference = new StringBuilder();
        for (String line : Files.readAllLines(sentencesOf(file))) {
            String[] row = line.split("\t");
            spans.add(new TimeRange(Double.parseDouble(row[0]), Double.parseDouble(row[1])));
            reference.append(' ').append(row[2]);
        }
        PcmFile audio = new PcmFile(file, AudioFormat.SPEECH, Files.size(file) / AudioFormat.SPEECH.frameBytes());
        return new Input(audio, spans, reference.toString());
    }

    private static Path sentencesOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".tsv");
    }

    private static Map<String, Object> vad(Input input) {
        try (SpeechModels models = new SpeechModels(modelCache())) {
            VoiceActivityDetector vad = models.voiceActivityDetector();
            vad.detect(input.audio(), VadSettings.DEFAULTS);
            BenchMeter meter = BenchMeter.start();
            int segments = vad.detect(input.audio(), VadSettings.DEFAULTS).size();
            Map<String, Object> figures = figures(input);
            meter.stop(figures);
            figures.put("segments", segments);
            return figures;
        }
    }

    private static Map<String, Object> transcribe(Input input, int workers) {
        try (SpeechModels models = new SpeechModels(modelCache())) {
            BenchMeter loading = BenchMeter.start();
            Transcriber transcriber = models.transcriber();
            double load = loading.seconds();
            BenchMeter meter = BenchMeter.start();
            Transcript transcript = transcriber.transcribe(input.audio(),
                    TranscriptionSettings.defaults().withWorkers(workers));
            Map<String, Object> figures = figures(input);
            meter.stop(figures);
            figures.put("workers", workers);
            figures.put("model_load_seconds", load);
            figures.put("words", transcript.words().size());
            figures.put("words_outside_sentences", transcript.words().stream().filter(word -> input.spans().stream()
                    .noneMatch(span -> word.start() >= span.start() - SLACK_SECONDS
                            && word.end() <= span.end() + SLACK_SECONDS)).count());
            putWer(figures, "", input.reference(), transcript.text());
            return figures;
        }
    }

    private static Map<String, Object> raw(Input input) throws IOException {
        Path folder = shippedModel();
        BenchMeter loading = BenchMeter.start();
        try (Model model = new Model(folder.toString())) {
            double load = loading.seconds();
            BenchMeter meter = BenchMeter.start();
            String text = rawVosk(model, input.audio());
            Map<String, Object> figures = figures(input);
            meter.stop(figures);
            figures.put("model_load_seconds", load);
            figures.put("words", WordErrorRate.normalize(text).size());
            putWer(figures, "", input.reference(), text);
            return figures;
        }
    }

    /**
     * Raw Vosk: one recognizer, all of {@code audio} in 4000-sample blocks of 16-bit samples, no VAD and no
     * chunks; the text of every result joined.
     */
    private static String rawVosk(Model model, PcmFile audio) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Recognizer recognizer = new Recognizer(model, 16000f); PcmReader reader = audio.openReader()) {
            recognizer.setWords(true);
            float[] block = new float[4000];
            short[] pcm = new short[block.length];
            int n;
            while ((n = reader.read(block, block.length)) > 0) {
                for (int i = 0; i < n; i++) {
                    pcm[i] = (short) Math.max(-32768, Math.min(32767, Math.round(block[i] * 32768f)));
                }
                if (recognizer.acceptWaveForm(pcm, n)) {
                    text.append(' ').append(textOf(recognizer.getResult()));
                }
            }
            return text.append(' ').append(textOf(recognizer.getFinalResult())).toString();
        }
    }

    private static Map<String, Object> fixtures() throws IOException {
        Path dir = Files.createTempDirectory("earshot-bench");
        Map<String, Object> figures = new LinkedHashMap<>();
        try (SpeechModels models = new SpeechModels(modelCache());
             Model shipped = new Model(shippedModel().toString())) {
            Transcriber transcriber = models.transcriber();
            for (String name : SpeechFixtures.FILES) {
                PcmFile audio = SpeechAudio.toSpeechFormat(SpeechFixtures.load(name, dir), dir.resolve(name + ".16k"));
                String reference = SpeechFixtures.transcripts().get(name);
                putWer(figures, name + ".earshot.", reference,
                        transcriber.transcribe(audio, TranscriptionSettings.defaults().withWorkDir(dir)).text());
                putWer(figures, name + ".raw.", reference, rawVosk(shipped, audio));
            }
        } finally {
            BenchFigures.deleteTree(dir);
        }
        return figures;
    }

    private static void putWer(Map<String, Object> figures, String prefix, String reference, String hypothesis) {
        List<String> words = WordErrorRate.normalize(reference);
        figures.put(prefix + "reference_words", words.size());
        figures.put(prefix + "word_errors", WordErrorRate.errors(words, WordErrorRate.normalize(hypothesis)));
        figures.put(prefix + "wer", WordErrorRate.of(reference, hypothesis));
    }

    private static Map<String, Object> figures(Input input) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("audio_seconds", input.audio().durationSeconds());
        figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        figures.put("processors", Runtime.getRuntime().availableProcessors());
        return figures;
    }

    private static Path modelCache() {
        return Path.of(System.getProperty("earshot.bench.model-cache", TestSpeechModels.cacheFolder().toString()));
    }

    /**
     * The Vosk model extracted unchanged from the aar, for raw Vosk: Earshot's copy has Kaldi's dither
     * switched off (Earshot adds its own), which would leave a plain recognizer without any.
     */
    private static Path shippedModel() throws IOException {
        Path folder = modelCache().resolve(VoskModelSource.MODEL_NAME + "-as-shipped");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(modelCache());
            Path partial = Files.createTempDirectory(modelCache(), "shipped");
            VoskModelSource.locate(SpeechBenchmark.class.getClassLoader()).visit((relativePath, content) -> {
                Path target = partial.resolve(relativePath);
                Files.createDirectories(target.getParent());
                Files.copy(content, target);
            });
            Files.move(partial, folder);
        }
        return folder;
    }

    private static String textOf(String json) {
        int at = json.lastIndexOf("\"text\" : \"");
        return at < 0 ? "" : json.substring(at + 10, json.indexOf('"', at + 10));
    }
}
