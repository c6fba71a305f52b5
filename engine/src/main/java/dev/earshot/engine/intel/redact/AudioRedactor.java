package dev.earshot.engine.intel.redact;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;
import dev.earshot.engine.audio.PcmWriter;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.dsp.Blocks;
import dev.earshot.engine.dsp.Decibels;
import dev.earshot.engine.pipeline.TimeRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a copy of working audio in which time spans are replaced by a beep or silence, block by block, so that
 * memory does not grow with duration. The input is never changed. Each span covers the frames from
 * {@code floor(start * rate)} to {@code ceil(end * rate)} (rounded outwards, clamped to the file); every other
 * frame is copied unchanged, sample for sample. Thread-safe.
 */
public final class AudioRedactor {

    /** Frequency of the beep, in Hz. */
    public static final double BEEP_HZ = 1000;

    /** Peak level of the beep, in dBFS. */
    public static final double BEEP_DBFS = -20;

    private final RedactionSound sound;

    public AudioRedactor(RedactionSound sound) {
        this.sound = sound;
    }

    /** Redacts the spans of {@code plan}; see {@link #redact(PcmFile, List, Path, BlockListener)}. */
    public PcmFile redact(PcmFile input, AudioRedactionPlan plan, Path target, BlockListener listener) {
        return redact(input, plan.spans(), target, listener);
    }

    /**
     * Writes {@code input} to a new file at {@code target} with {@code spans} replaced.
     *
     * @param spans    time spans in seconds, in any order, may overlap; parts past the end are ignored
     * @param target   where to write; must not be the input's path. A failed write leaves nothing there
     * @param listener told after each block (progress 0 to 1); may throw to stop
     * @return the new file, same format and length as {@code input}
     */
    public PcmFile redact(PcmFile input, List<TimeRange> spans, Path target, BlockListener listener) {
        if (target.toAbsolutePath().normalize().equals(input.path().toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("redacted audio must go to a new file, not over its input " + target);
        }
        List<long[]> frames = frameSpans(input, spans);
        int channels = input.format().channels();
        int block = Blocks.frames(channels);
        float[] samples = new float[block * channels];
        double amplitude = Decibels.toAmplitude(BEEP_DBFS);
        double step = 2 * Math.PI * Math.min(BEEP_HZ, input.format().sampleRate() / 4.0) / input.format().sampleRate();
        try (PcmReader reader = input.openReader(); PcmWriter writer = PcmFile.create(target, input.format())) {
            long position = 0;
            int n;
            while ((n = reader.read(samples, block)) > 0) {
                for (long[] span : frames) {
                    long from = Math.max(span[0], position);
                    long to = Math.min(span[1], position + n);
                    for (long f = from; f < to; f++) {
                        float value = sound == RedactionSound.BEEP ? (float) (amplitude * Math.sin(step * f)) : 0f;
                        int at = (int) (f - position) * channels;
                        for (int c = 0; c < channels; c++) {
                            samples[at + c] = value;
                        }
                    }
                }
                writer.write(samples, 0, n);
                position += n;
                listener.blockDone(input.frames() == 0 ? 1 : (double) position / input.frames());
            }
            return writer.finish();
        }
    }

    /** The spans as frame ranges [from, to), rounded outwards and clamped to the file, sorted. */
    private static List<long[]> frameSpans(PcmFile input, List<TimeRange> spans) {
        int rate = input.format().sampleRate();
        List<long[]> frames = new ArrayList<>();
        for (TimeRange span : spans) {
            long from = Math.min(input.frames(), (long) Math.floor(span.start() * rate));
            long to = Math.min(input.frames(), (long) Math.ceil(span.end() * rate));
            if (to > from) {
                frames.add(new long[] {from, to});
            }
        }
        frames.sort(Comparator.comparingLong(span -> span[0]));
        return frames;
    }
}
