package dev.earshot.engine.dsp;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;
import dev.earshot.engine.audio.PcmWriter;
import java.nio.file.Path;

/** Copies a span of a {@link PcmFile} into a new file of the same format, block by block. */
public final class Excerpts {

    private Excerpts() {
    }

    /**
     * Writes audio frames {@code [from, to)} of {@code source} to a new file at {@code target}.
     *
     * @param from first frame, 0 to {@code source.frames()}
     * @param to   end frame (exclusive), {@code from} to {@code source.frames()}
     */
    public static PcmFile copy(PcmFile source, long from, long to, Path target, BlockListener listener) {
        if (from < 0 || to < from || to > source.frames()) {
            throw new IllegalArgumentException("span [" + from + ", " + to + ") is outside 0.." + source.frames());
        }
        int channels = source.format().channels();
        int block = Blocks.frames(channels);
        float[] samples = new float[block * channels];
        try (PcmReader reader = source.openReader(); PcmWriter writer = PcmFile.create(target, source.format())) {
            reader.seek(from);
            long left = to - from;
            while (left > 0) {
                int n = reader.read(samples, (int) Math.min(block, left));
                writer.write(samples, 0, n);
                left -= n;
                listener.blockDone(1 - (double) left / (to - from));
            }
            return writer.finish();
        }
    }
}
