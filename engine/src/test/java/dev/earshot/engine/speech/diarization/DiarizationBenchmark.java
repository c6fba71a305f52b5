package dev.earshot.engine.speech.diarization;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.VoiceActivityDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * DER and speed of {@link BicDiarizer} on the committed conversations, with and without the speaker count, and
 * its speed and heap on a long file (the two conversations repeated). Not a test; run from the repository root
 * after {@code ./mvnw -B -ntp -pl engine test-compile}:
 * <pre>
 * ./mvnw -B -ntp -q -pl engine dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx64m -cp engine/target/classes:engine/target/test-classes:$(cat /tmp/cp.txt) \
 *   dev.earshot.engine.speech.diarization.DiarizationBenchmark 10
 * </pre>
 * Argument: minutes of the long file (0 skips it).
 */
public final class DiarizationBenchmark {

    private DiarizationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 && !args[0].endsWith(".wav") ? Double.parseDouble(args[0]) : 0;
        Path dir = Files.createTempDirectory("earshot-diarization");
        try (SpeechModels models = new SpeechModels(TestSpeechModels.cacheFolder())) {
            VoiceActivityDetector vad = models.voiceActivityDetector();
            Diarizer diarizer = new BicDiarizer(vad);
            for (String name : DiarizationFixtures.NAMES) {
                PcmFile audio = DiarizationFixtures.audio(name, dir);
                List<SpeakerTurn> reference = DiarizationFixtures.reference(name);
                int truth = DiarizationFixtures.speakerCount(name);
                for (DiarizationSettings settings : List.of(DiarizationSettings.DEFAULTS,
                        DiarizationSettings.exactly(truth))) {
                    diarizer.diarize(audio, settings);
                    long start = System.nanoTime();
                    Diarization found = diarizer.diarize(audio, settings);
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    DiarizationError error = DiarizationScorer.score(reference, found.turns());
                    System.out.printf("%-15s %-9s speakers %d/%d  DER %.4f (missed %.2f s, false alarm %.2f s, "
                                    + "confusion %.2f s of %.2f s)  %.0fx real time%n", name,
                            settings.fixedCount() ? "count" : "no count", found.speakerCount(), truth, error.rate(),
                            error.missedSeconds(), error.falseAlarmSeconds(), error.confusionSeconds(),
                            error.referenceSeconds(), audio.durationSeconds() / elapsed);
                    if (args.length > 1) {
                        System.out.print(found.toRttm(name));
                    }
                }
            }
            if (args.length > 0 && args[0].endsWith(".wav")) {
                conversation(diarizer, dir, Path.of(args[0]));
            } else if (minutes > 0) {
                longRun(diarizer, dir, minutes);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void conversation(Diarizer diarizer, Path dir, Path wav) throws Exception {
        PcmFile audio = new AudioDecoder().decode(wav, wav.getFileName().toString(), dir.resolve("conversation.pcm"),
                DecodeOptions.speech(Duration.ofMinutes(5)));
        List<SpeakerTurn> reference = Rttm.parse(Files.readString(Path.of(wav.toString().replace(".wav", ".rttm"))));
        int truth = (int) reference.stream().map(SpeakerTurn::speaker).distinct().count();
        for (DiarizationSettings settings : List.of(DiarizationSettings.DEFAULTS, DiarizationSettings.exactly(truth))) {
            Runtime runtime = Runtime.getRuntime();
            long[] peak = {0};
            long start = System.nanoTime();
            Diarization found = diarizer.diarize(audio, settings,
                    fraction -> peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory()));
            double elapsed = (System.nanoTime() - start) / 1e9;
            DiarizationError error = DiarizationScorer.score(reference, found.turns());
            System.out.printf("%s (%.1f min) %-9s speakers %d/%d  DER %.4f (missed %.1f s, false alarm %.1f s, "
                            + "confusion %.1f s of %.1f s)  %.0fx real time, heap peak seen %d MB%n", wav.getFileName(),
                    audio.durationSeconds() / 60, settings.fixedCount() ? "count" : "no count", found.speakerCount(),
                    truth, error.rate(), error.missedSeconds(), error.falseAlarmSeconds(), error.confusionSeconds(),
                    error.referenceSeconds(), audio.durationSeconds() / elapsed, peak[0] >> 20);
        }
    }

    private static void longRun(Diarizer diarizer, Path dir, double minutes) {
        List<PcmFile> parts = new ArrayList<>();
        double seconds = 0;
        while (seconds < minutes * 60) {
            for (String name : DiarizationFixtures.NAMES) {
                PcmFile part = DiarizationFixtures.audio(name, dir);
                parts.add(part);
                seconds += part.durationSeconds();
            }
        }
        PcmFile audio = SpeechFixtures.concatenate(dir.resolve("long.pcm"), parts);
        Runtime runtime = Runtime.getRuntime();
        long[] peak = {0};
        long start = System.nanoTime();
        Diarization found = diarizer.diarize(audio, DiarizationSettings.DEFAULTS,
                fraction -> peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory()));
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("long file: %.1f min, %.1f s, %.0fx real time, %d speakers, %d turns, heap peak seen "
                        + "%d MB (max %d MB)%n", audio.durationSeconds() / 60, elapsed,
                audio.durationSeconds() / elapsed, found.speakerCount(), found.turns().size(), peak[0] >> 20,
                runtime.maxMemory() >> 20);
    }
}
