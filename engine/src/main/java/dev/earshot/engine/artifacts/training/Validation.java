package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.DetectionRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores a trained detector on the held-out files with {@link DetectionRules#DEFAULT}. */
final class Validation {

    private Validation() {
    }

    static DetectorMetrics measure(TrainedDetector detector, List<LabelledFile> files, SplitSummary training,
                                   SplitSummary validation) {
        List<String> types = detector.types();
        DetectionRules rules = DetectionRules.DEFAULT;
        List<ScoredFile> scored = new ArrayList<>();
        ConfusionMatrix confusion = ConfusionMatrix.empty(types);
        for (LabelledFile file : files) {
            Map<String, double[]> probabilities = detector.probabilities(file.features());
            List<ArtifactEvent> reference = file.labels().stream()
                    .filter(label -> types.contains(label.type())).toList();
            List<ArtifactEvent> predicted = new ArrayList<>();
            probabilities.forEach((type, values) -> predicted.addAll(
                    rules.events(type, values, file.features().grid(), file.features().durationMs())));
            scored.add(new ScoredFile(file.features().durationMs(), reference, predicted));
            confusion = confusion.plus(ConfusionMatrix.ofFrames(types, file.features().grid(),
                    file.features().durationMs(), reference, probabilities, rules.threshold()));
        }
        return new DetectorMetrics(types, rules.threshold(), DetectionScoring.COLLAR_MS, DetectionScoring.SEGMENT_MS,
                DetectionScoring.events(types, scored, detector.grid(), DetectionScoring.COLLAR_MS),
                DetectionScoring.segments(types, scored, DetectionScoring.SEGMENT_MS), confusion, training, validation);
    }
}
