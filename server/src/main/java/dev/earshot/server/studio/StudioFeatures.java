package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.ArtifactFeatureExtractor;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.artifacts.FrameGrid;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.server.jobs.JobFailedException;
import dev.earshot.server.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Frame features for training and inference, on the grid a training job or a model needs: the features processing
 * stored for a ready file when the grid is {@code FrameGrid.DEFAULT} (and they have today's columns), else computed
 * from the file's working copy.
 */
@Component
class StudioFeatures {

    private final BlobStore blobs;

    StudioFeatures(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** The features of a ready dataset file on {@code grid}; a working copy, if needed, goes to {@code workDir}. */
    FrameFeatures of(StudioAudioFile file, FrameGrid grid, Path workDir) throws IOException {
        if (grid.equals(FrameGrid.DEFAULT) && file.featuresKey() != null) {
            FrameFeatures stored;
            try (InputStream in = blobs.open(file.featuresKey())) {
                stored = FeatureFile.read(in);
            }
            if (stored.grid().equals(grid) && stored.names().equals(names(grid))) {
                return stored;
            }
        }
        PcmFile working = working(file, workDir);
        try {
            return of(working, grid);
        } finally {
            working.delete();
        }
    }

    /** The features of working audio on {@code grid} ({@link ArtifactFeatureExtractor}). */
    FrameFeatures of(PcmFile working, FrameGrid grid) {
        return new ArtifactFeatureExtractor(grid).extract(working);
    }

    private static List<String> names(FrameGrid grid) {
        return new ArtifactFeatureExtractor(grid).names();
    }

    private PcmFile working(StudioAudioFile file, Path workDir) throws IOException {
        if (file.workingKey() == null) {
            throw new JobFailedException("audio file " + file.id() + " has no working copy; it is not ready");
        }
        Path path = workDir.resolve("working-" + file.id() + ".f32");
        try (InputStream in = blobs.open(file.workingKey())) {
            Files.copy(in, path);
        }
        AudioFormat format = new AudioFormat(file.sampleRate(), file.channels());
        return new PcmFile(path, format, Files.size(path) / format.frameBytes());
    }
}
