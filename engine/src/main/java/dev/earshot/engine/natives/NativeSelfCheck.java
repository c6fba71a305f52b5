package dev.earshot.engine.natives;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.AudioEncoder;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmWriter;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.VadSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads and exercises each {@link NativeCapability} once, through the engine's public API, on a generated tone of
 * {@value #TONE_SECONDS} s (440 Hz, 16 kHz mono): FFmpeg encodes it to FLAC and decodes it back, ONNX Runtime runs
 * the Silero VAD over it, and Vosk recognizes it (without the VAD, which hears no speech in a tone). The models are
 * those of the given {@link SpeechModels}, so they stay loaded for the calls that follow. A capability that fails is
 * reported with the reason in plain words ({@link CapabilityStatus#reason()}); the check itself does not throw for it.
 * The three run at once; together they take about as long as loading the Vosk model, about 1 s (the first run
 * ever also extracts the model).
 */
public final class NativeSelfCheck {

    /** Length of the generated tone, in seconds. */
    public static final double TONE_SECONDS = 0.2;

    private static final double TONE_HZ = 440;
    private static final Duration DECODE_TIMEOUT = Duration.ofSeconds(30);

    private final SpeechModels models;

    /** @param models the process's speech models; the check loads them */
    public NativeSelfCheck(SpeechModels models) {
        this.models = models;
    }

    /**
     * Checks every capability, all at once on threads of their own, so the check takes about as long as the
     * slowest one (loading the Vosk model).
     *
     * @param folder a writable folder for the check's three small files, which are removed again
     * @return one status per capability, in the order of {@link NativeCapability#values()}
     * @throws UncheckedIOException if the tone cannot be written into {@code folder}
     */
    public List<CapabilityStatus> run(Path folder) {
        PcmFile tone = tone(folder.resolve("self-check-tone.pcm"));
        ExecutorService threads = Executors.newFixedThreadPool(NativeCapability.values().length, task -> {
            Thread thread = new Thread(task, "earshot-native-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<CapabilityStatus>> checks = List.of(
                    threads.submit(() -> check(NativeCapability.FFMPEG, () -> roundTrip(tone, folder))),
                    threads.submit(() -> check(NativeCapability.SILERO_VAD,
                            () -> models.voiceActivityDetector().detect(tone, VadSettings.DEFAULTS))),
                    threads.submit(() -> check(NativeCapability.VOSK, () -> models.recognizeWithoutVad(tone))));
            return checks.stream().map(NativeSelfCheck::result).toList();
        } finally {
            threads.shutdown();
            tone.delete();
        }
    }

    private static CapabilityStatus check(NativeCapability capability, Runnable exercise) {
        long start = System.nanoTime();
        String reason = null;
        try {
            exercise.run();
        } catch (Exception | LinkageError e) {
            reason = FailureReason.of(capability, e);
        }
        return new CapabilityStatus(capability, reason, (System.nanoTime() - start) / 1_000_000);
    }

    private static CapabilityStatus result(Future<CapabilityStatus> check) {
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the native self-check ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the native self-check failed", e.getCause());
        }
    }

    /** FLAC and back: loads FFmpeg's libraries and runs its encoder, demuxer, decoder and resampler. */
    private static void roundTrip(PcmFile tone, Path folder) {
        Path flac = folder.resolve("self-check-tone.flac");
        try {
            new AudioEncoder().encode(tone, flac, OutputFormat.FLAC);
            PcmFile decoded = new AudioDecoder().decode(flac, "the self-check tone",
                    folder.resolve("self-check-decoded.pcm"), DecodeOptions.original(DECODE_TIMEOUT));
            decoded.delete();
            if (decoded.frames() != tone.frames()) {
                throw new IllegalStateException("FFmpeg decoded " + decoded.frames() + " frames of a FLAC file "
                        + "holding " + tone.frames());
            }
        } finally {
            deleteIfExists(flac);
        }
    }

    private static PcmFile tone(Path path) {
        AudioFormat format = AudioFormat.SPEECH;
        float[] samples = new float[(int) format.frames(TONE_SECONDS)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.5 * Math.sin(2 * Math.PI * TONE_HZ * i / format.sampleRate()));
        }
        try (PcmWriter writer = PcmFile.create(path, format)) {
            writer.write(samples);
            return writer.finish();
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
