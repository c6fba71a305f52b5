package dev.earshot.server.enhance;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;
import dev.earshot.server.support.TestAudio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

/** Noisy test audio made in code, and measurements of what came back. */
public final class NoisyAudio {

    static final int RATE = 16_000;
    static final double NOISE = 0.05;

    private NoisyAudio() {
    }

    /** A mono 16-bit WAV: white noise throughout, a 440 Hz tone over the second half only. */
    public static byte[] wav(double seconds) {
        int frames = (int) Math.round(seconds * RATE);
        Random random = new Random(3);
        ByteBuffer data = ByteBuffer.allocate(frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            double tone = i < frames / 2 ? 0 : 0.3 * Math.sin(2 * Math.PI * 440 * i / RATE);
            data.putShort((short) Math.round(Math.max(-1, Math.min(1, tone + NOISE * random.nextGaussian())) * 32767));
        }
        return TestAudio.wav(data.array(), RATE, 1);
    }

    /** Decodes a downloaded file (any format) to mono working audio. */
    static PcmFile decode(byte[] file, String name, Path dir) {
        try {
            Path path = Files.write(dir.resolve(name), file);
            return new AudioDecoder().decode(path, name, dir.resolve(name + ".pcm"),
                    new DecodeOptions(0, true, Duration.ofMinutes(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Root mean square between two fractions of the file's length. */
    static double rms(PcmFile audio, double from, double to) {
        long start = (long) (audio.frames() * from);
        long end = (long) (audio.frames() * to);
        double sum = 0;
        long count = 0;
        try (PcmReader reader = audio.openReader()) {
            float[] block = new float[4096];
            long position = 0;
            int frames;
            while ((frames = reader.read(block, 4096)) > 0) {
                for (int i = 0; i < frames; i++, position++) {
                    if (position >= start && position < end) {
                        sum += block[i] * (double) block[i];
                        count++;
                    }
                }
            }
        }
        return Math.sqrt(sum / Math.max(1, count));
    }
}
