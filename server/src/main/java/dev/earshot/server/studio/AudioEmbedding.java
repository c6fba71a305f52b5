package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.ArtifactFeatureExtractor;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.artifacts.FrameGrid;
import dev.earshot.engine.audio.PcmFile;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The embedding step of processing: the frame features of {@code FrameGrid.DEFAULT} (500 ms frames every 250 ms)
 * of a file's working copy ({@link ArtifactFeatureExtractor}), as training on the default grid reads them.
 */
@Component
class AudioEmbedding {

    private final ArtifactFeatureExtractor extractor = new ArtifactFeatureExtractor(FrameGrid.DEFAULT);

    Optional<FrameFeatures> extract(PcmFile working) {
        return Optional.of(extractor.extract(working));
    }
}
