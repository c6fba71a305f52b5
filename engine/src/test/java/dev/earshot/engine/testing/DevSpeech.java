package dev.earshot.engine.testing;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real recorded speech for tests, read at test time from the shared development set ({@code
 * ../shared/dev-audio/asr}, or the folder in the system property {@code earshot.dev-audio}) when this machine has it.
 * The files are never copied into the repository; tests that use them skip when {@link #available()} is false.
 */
public final class DevSpeech {

    private static final Path DEFAULT = Path.of("/work/shared/dev-audio/asr");

    /**
     * Recordings left out of {@link #joined}, because they hold artifacts of their own: 8 kHz digits (band-limited
     * once at 16 kHz, and noisy), 60 Hz hum (voskjs 2830), a DC step and clipping at the start (voskjs
     * sentencesWithSilences).
     */
    private static final List<String> LEFT_OUT = List.of("fsdd_", "voskjs_2830", "voskjs_sentencesWithSilences");
    private static final double LEVEL_RMS = Math.pow(10, -24 / 20.0);
    private static final double MAX_PEAK = 0.7;

    private DevSpeech() {
    }

    /** The folder of recordings. */
    public static Path folder() {
        return Path.of(System.getProperty("earshot.dev-audio", DEFAULT.toString()));
    }

    /** True if the folder holds recordings. */
    public static boolean available() {
        return !files().isEmpty();
    }

    /** The recordings (WAV, FLAC and MP3), sorted by name; empty when the folder is missing. */
    public static List<Path> files() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(file -> file.getFileName().toString().matches(".*\\.(wav|flac|mp3)")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The recordings without artifacts of their own, decoded to 16 kHz mono, each with its mean taken out (some carry
     * a DC offset near 0.007) and brought to -24 dBFS RMS (peaks at most 0.7), joined end to end with
     * {@code gapSeconds} of digital silence between them, repeated until the result is {@code seconds} long.
     */
    public static float[] joined(double seconds, double gapSeconds, Path scratch) {
        List<float[]> parts = new ArrayList<>();
        int i = 0;
        for (Path file : files()) {
            if (LEFT_OUT.stream().anyMatch(file.getFileName().toString()::startsWith)) {
                continue;
            }
            PcmFile decoded = new AudioDecoder().decode(file, file.getFileName().toString(),
                    scratch.resolve("dev-" + i++ + ".pcm"), DecodeOptions.speech(Duration.ofMinutes(1)));
            parts.add(levelled(Pcm.read(decoded)));
            parts.add(new float[(int) (gapSeconds * 16_000)]);
            decoded.delete();
        }
        float[] once = Signals.concat(parts.toArray(float[][]::new));
        float[] out = new float[(int) Math.round(seconds * 16_000)];
        for (int at = 0; at < out.length; at += once.length) {
            System.arraycopy(once, 0, out, at, Math.min(once.length, out.length - at));
        }
        return out;
    }

    private static float[] levelled(float[] x) {
        double mean = 0;
        for (float v : x) {
            mean += v / (double) x.length;
        }
        double peak = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] -= (float) mean;
            peak = Math.max(peak, Math.abs(x[i]));
        }
        double gain = Math.min(LEVEL_RMS / Math.max(1e-9, Signals.rms(x, 0, x.length)),
                MAX_PEAK / Math.max(1e-9, peak));
        for (int i = 0; i < x.length; i++) {
            x[i] *= (float) gain;
        }
        return x;
    }
}
