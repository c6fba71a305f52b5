package dev.earshot.engine.testing;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.audio.AudioEncoder;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.PcmFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Audio with artifacts injected at known times, and the exact spans they took.
 *
 * @param format  sample rate and channels
 * @param samples interleaved samples, nominally in [-1, 1]
 * @param labels  one event per injected artifact, in time order, confidence 1
 */
public record InjectedAudio(AudioFormat format, float[] samples, List<ArtifactEvent> labels) {

    public InjectedAudio {
        labels = List.copyOf(labels);
    }

    /** Length in seconds. */
    public double seconds() {
        return samples.length / (double) format.channels() / format.sampleRate();
    }

    /** The labels of one type. */
    public List<ArtifactEvent> labels(String type) {
        return labels.stream().filter(label -> label.type().equals(type)).toList();
    }

    /** Writes the samples as a working file at {@code path}. */
    public PcmFile write(Path path) {
        return Pcm.write(path, format, samples);
    }

    /** Encodes the samples into {@code target} as {@code output} (a WAV or FLAC file to upload, say). */
    public void encode(Path target, OutputFormat output) {
        PcmFile pcm = write(target.resolveSibling(target.getFileName() + ".pcm"));
        try {
            new AudioEncoder().encode(pcm, target, output);
        } finally {
            pcm.delete();
        }
    }
}
