package dev.earshot.engine.testing;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;
import dev.earshot.engine.audio.PcmWriter;
import java.nio.file.Path;

/** Small-file helpers for tests: write a whole array to a {@link PcmFile} and read one back whole. */
public final class Pcm {

    private Pcm() {
    }

    /** Writes interleaved {@code samples} as a new working file. */
    public static PcmFile write(Path path, AudioFormat format, float[] samples) {
        try (PcmWriter writer = PcmFile.create(path, format)) {
            writer.write(samples);
            return writer.finish();
        }
    }

    /** Reads all interleaved samples of a (small) file. */
    public static float[] read(PcmFile file) {
        int channels = file.format().channels();
        float[] out = new float[Math.toIntExact(file.frames() * channels)];
        try (PcmReader reader = file.openReader()) {
            int at = 0;
            float[] block = new float[4096 * channels];
            int n;
            while ((n = reader.read(block, 4096)) > 0) {
                System.arraycopy(block, 0, out, at * channels, n * channels);
                at += n;
            }
        }
        return out;
    }

    /** Channel {@code channel} of interleaved {@code samples}. */
    public static float[] channel(float[] samples, int channels, int channel) {
        float[] out = new float[samples.length / channels];
        for (int i = 0; i < out.length; i++) {
            out[i] = samples[i * channels + channel];
        }
        return out;
    }
}
