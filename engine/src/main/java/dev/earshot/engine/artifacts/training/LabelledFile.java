package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameFeatures;
import java.util.List;

/**
 * One audio file of a dataset, as training sees it: its frame features and the artifacts labelled in it.
 *
 * @param fileId   the file's id, unique among the files of one training
 * @param features the file's frame features; every file of one training has the same grid and feature names
 * @param labels   labelled artifacts of any type, times in milliseconds; types not trained are ignored, and so is a
 *                 label's confidence: every label counts in full
 */
public record LabelledFile(String fileId, FrameFeatures features, List<ArtifactEvent> labels) {

    public LabelledFile {
        if (fileId == null || fileId.isBlank()) {
            throw new IllegalArgumentException("a labelled file needs an id");
        }
        if (features == null) {
            throw new IllegalArgumentException("labelled file " + fileId + " has no features");
        }
        labels = List.copyOf(labels);
    }

    /** The labels of {@code type}, in the order given. */
    public List<ArtifactEvent> labelsOf(String type) {
        return labels.stream().filter(label -> label.type().equals(type)).toList();
    }
}
