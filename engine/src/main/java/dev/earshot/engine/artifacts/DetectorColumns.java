package dev.earshot.engine.artifacts;

import dev.earshot.engine.artifacts.builtin.ArtifactDetector;
import dev.earshot.engine.artifacts.builtin.BuiltInDetectors;
import dev.earshot.engine.artifacts.builtin.Detection;
import dev.earshot.engine.artifacts.builtin.FrameAnalysis;
import java.util.ArrayList;
import java.util.List;

/** Two columns per built-in detector: {@code TYPE_score} (0 to 1) and {@code TYPE_MEASURE}, its measurement. */
final class DetectorColumns implements FeatureColumns {

    static final List<String> NAMES = names(BuiltInDetectors.all());

    private static List<String> names(List<ArtifactDetector> detectors) {
        List<String> names = new ArrayList<>();
        for (ArtifactDetector detector : detectors) {
            names.add(ArtifactFeatureExtractor.scoreColumn(detector.type()));
            names.add(detector.type() + "_" + detector.measure());
        }
        return List.copyOf(names);
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public void write(FrameAnalysis frame, double[] row, int offset) {
        int at = offset;
        for (ArtifactDetector detector : BuiltInDetectors.all()) {
            Detection detection = detector.detect(frame);
            row[at++] = detection.score();
            row[at++] = detection.measure();
        }
    }
}
