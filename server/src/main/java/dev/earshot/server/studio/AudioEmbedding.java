package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.audio.PcmFile;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The embedding step of processing: the frame features of {@code FrameGrid.DEFAULT} (500 ms frames every 250 ms)
 * of a file's working copy, as training reads them. The engine's feature extractor for artifact detectors is not
 * part of this build yet; until it is, this step computes nothing and files become ready without features.
 */
@Component
class AudioEmbedding {

    Optional<FrameFeatures> extract(PcmFile working) {
        return Optional.empty();
    }
}
