package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.TestSpeechModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * DER, speaker count, speed and heap of {@link BicDiarizer} with and without the speaker count, on the committed
 * fixtures or on a conversation given as a WAV path with its reference RTTM beside it (same name, {@code .rttm};
 * {@code make-fixtures.sh --long <folder> <minutes>} makes one). Not a test; run from the repository root after
 * {@code ./mvnw -B -ntp -pl engine test-compile}:
 * <pre>
 * ./mvnw -B -ntp -q -pl engine dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * engine/src/test/resources/diarization/make-fixtures.sh --long /tmp/conv 30
 * java -Xmx64m -cp engine/target/classes:engine/target/test-classes:$(cat /tmp/cp.txt) \
 *   dev.earshot.engine.speech.diarization.DiarizationBenchmark [/tmp/conv/long.wav]
 * </pre>
 * Each setting is run twice and the second run timed. Measured 2026-11 on the 2-core build machine shared with
 * other jobs (load 6 to 10), one thread, -Xmx64m: fixtures DER 0.000 (collar 0.25 s; 0.04 without), right count
 * without it, 25-90x real time (a few seconds of audio, timing noisy); four-voice conversations, without / with
 * the count: 1 min DER 0.036 / 0.036 (false alarm from the cut at 60 s), 3 min 0.000 / 0.000, 10 min 0.000 /
 * 0.000, 30 min 0.0001 / 0.0001, 2 h (81 min of speech) 0.0002 / 0.0002, right count each time, 58-100x real
 * time; 30 min ran within -Xmx64m, 2 h within -Xmx96m (peak RSS 226 MB).
 * With white noise added to the fixtures at about 24 dB SNR DER 0.00-0.02, at about 15 dB 0.11-0.14.
 */
public final class DiarizationBenchmark {

    private DiarizationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("earshot-diarization");
        try (SpeechModels models = new SpeechModels(TestSpeechModels.cacheFolder())) {
            Diarizer diarizer = new BicDiarizer(models.voiceActivityDetector());
            if (args.length > 0) {
                Path wav = Path.of(args[0]);
                PcmFile audio = new AudioDecoder().decode(wav, wav.getFileName().toString(),
                        dir.resolve("conversation.pcm"), DecodeOptions.speech(Duration.ofMinutes(10)));
                Path rttm = wav.resolveSibling(wav.getFileName().toString().replaceFirst("\\.wav$", ".rttm"));
                measure(diarizer, wav.getFileName().toString(), audio, Rttm.parse(Files.readString(rttm)));
            } else {
                for (String name : DiarizationFixtures.NAMES) {
                    measure(diarizer, name, DiarizationFixtures.audio(name, dir), DiarizationFixtures.reference(name));
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void measure(Diarizer diarizer, String name, PcmFile audio, List<SpeakerTurn> reference) {
        int truth = (int) reference.stream().map(SpeakerTurn::speaker).distinct().count();
        for (DiarizationSettings settings : List.of(DiarizationSettings.DEFAULTS, DiarizationSettings.exactly(truth))) {
            diarizer.diarize(audio, settings);
            Runtime runtime = Runtime.getRuntime();
            long[] peak = {0};
            long start = System.nanoTime();
            Diarization found = diarizer.diarize(audio, settings,
                    fraction -> peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory()));
            double elapsed = (System.nanoTime() - start) / 1e9;
            DiarizationError error = DiarizationScorer.score(reference, found.turns());
            System.out.printf("%s (%.1f min) %s: speakers %d/%d, DER %.4f (collar 0: %.4f; missed %.2f s, false "
                            + "alarm %.2f s, confusion %.2f s of %.2f s), %.0fx real time, heap peak seen %d MB of %d%n",
                    name, audio.durationSeconds() / 60, settings.fixedCount() ? "with count" : "without count",
                    found.speakerCount(), truth, error.rate(), DiarizationScorer.score(reference, found.turns(), 0)
                            .rate(), error.missedSeconds(), error.falseAlarmSeconds(), error.confusionSeconds(),
                    error.referenceSeconds(), audio.durationSeconds() / elapsed, peak[0] >> 20,
                    runtime.maxMemory() >> 20);
        }
    }
}
