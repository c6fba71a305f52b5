package dev.earshot.engine.artifacts.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DetectorTrainerTest {

    private static final TrainingConfig CONFIG = TrainingConfig.defaults(SyntheticFiles.TYPES);

    private final SyntheticFiles synthetic = new SyntheticFiles(60_000, 40, 3);
    private final DetectorTrainer trainer = new DetectorTrainer();

    @Test
    void typesWhoseFeaturesFollowTheLabelsAreDetectedWithHighF1() {
        DetectorMetrics metrics = trainer.train(synthetic.learnable(12, 1), CONFIG, TrainingProgress.none()).metrics();

        for (String type : SyntheticFiles.TYPES) {
            assertThat(metrics.eventBased().of(type).f1()).as(type).isGreaterThan(0.8);
            assertThat(metrics.eventBased().of(type).recall()).as(type).isGreaterThan(0.8);
        }
        assertThat(metrics.segmentBased().macroF1()).isGreaterThan(0.8);
        assertThat(metrics.confusion().count("hum", "hum")).isGreaterThan(metrics.confusion().count("hum", "none"));
    }

    @Test
    void labelsThatTheFeaturesKnowNothingOfAreNotLearnt() {
        List<LabelledFile> files = synthetic.randomLabels(12, 1);

        DetectorMetrics metrics = trainer.train(files, CONFIG, TrainingProgress.none()).metrics();

        assertThat(metrics.eventBased().macroF1()).isLessThan(0.2);
        List<ScoredFile> everythingFlagged = files.stream()
                .filter(file -> metrics.validation().fileIds().contains(file.fileId()))
                .map(file -> new ScoredFile(file.features().durationMs(), file.labels(), SyntheticFiles.TYPES.stream()
                        .map(type -> new ArtifactEvent(type, 0, file.features().durationMs(), 1)).toList()))
                .toList();
        double chance = DetectionScoring.segments(SyntheticFiles.TYPES, everythingFlagged, 1000).macroF1();
        assertThat(metrics.segmentBased().macroF1()).isLessThan(chance + 0.05);
    }

    @Test
    void theMetricsCountTheFilesAndFramesOfEachSide() {
        DetectorMetrics metrics = trainer.train(synthetic.learnable(10, 2), CONFIG, TrainingProgress.none()).metrics();

        assertThat(metrics.training().files()).isEqualTo(8);
        assertThat(metrics.validation().files()).isEqualTo(2);
        assertThat(metrics.training().frames() + metrics.validation().frames())
                .isEqualTo(10L * FrameGrid.DEFAULT.frames(60_000));
        assertThat(metrics.training().fileIds()).doesNotContainAnyElementsOf(metrics.validation().fileIds());
        assertThat(metrics.training().positiveFrames().get("click")).isPositive();
        assertThat(metrics.threshold()).isEqualTo(0.5);
    }

    @Test
    void theSameFilesConfigAndSeedTrainTheSameDetector() {
        List<LabelledFile> files = synthetic.learnable(6, 3);
        FrameFeatures unseen = synthetic.learnable(1, 4).get(0).features();

        TrainedDetector first = trainer.train(files, CONFIG, TrainingProgress.none()).detector();
        TrainedDetector second = trainer.train(files, CONFIG, TrainingProgress.none()).detector();

        for (String type : SyntheticFiles.TYPES) {
            assertThat(second.probabilities(unseen).get(type)).containsExactly(first.probabilities(unseen).get(type));
        }
    }

    @Test
    void progressGrowsToOne() {
        List<Double> fractions = new ArrayList<>();

        trainer.train(synthetic.learnable(6, 3), CONFIG, fractions::add);

        assertThat(fractions).hasSize(SyntheticFiles.TYPES.size() + 1).isSorted().allMatch(f -> f > 0 && f <= 1);
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void aStopAskedForEndsTheTrainingWithoutAnOutcome() {
        List<Double> fractions = new ArrayList<>();
        TrainingProgress stopAfterFirstType = new TrainingProgress() {
            @Override
            public void reached(double fraction) {
                fractions.add(fraction);
            }

            @Override
            public boolean stopRequested() {
                return !fractions.isEmpty();
            }
        };

        assertThatThrownBy(() -> trainer.train(synthetic.learnable(6, 3), CONFIG, stopAfterFirstType))
                .isInstanceOf(TrainingCancelledException.class);
        assertThat(fractions).hasSize(1);
    }

    @Test
    void anInterruptedThreadStopsTheTraining() throws InterruptedException {
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread training = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                trainer.train(synthetic.learnable(4, 3), CONFIG, TrainingProgress.none());
            } catch (TrainingCancelledException e) {
                cancelled.set(true);
            }
        });
        training.start();
        training.join();

        assertThat(cancelled).isTrue();
    }

    @Test
    void filesWithOtherFeaturesOrGridsOrARepeatedIdAreRefused() {
        List<LabelledFile> files = new ArrayList<>(synthetic.learnable(3, 5));
        LabelledFile other = new SyntheticFiles(60_000, 41, 3).learnable(1, 6).get(0);
        files.add(new LabelledFile("file-09", other.features(), other.labels()));
        assertThatThrownBy(() -> trainer.train(files, CONFIG, TrainingProgress.none()))
                .isInstanceOf(TrainingDataException.class).hasMessageContaining("file-09 has features");

        LabelledFile first = files.get(0);
        FrameGrid grid = new FrameGrid(400, 200);
        FrameFeatures regridded = new FrameFeatures(grid, 60_000, first.features().names(),
                new double[grid.frames(60_000)][first.features().names().size()]);
        assertThatThrownBy(() -> trainer.train(List.of(first, new LabelledFile("x", regridded, List.of())),
                CONFIG, TrainingProgress.none())).hasMessageContaining("x is cut on");

        assertThatThrownBy(() -> trainer.train(List.of(first, first), CONFIG, TrainingProgress.none()))
                .hasMessageContaining("file-00 is given twice");
    }

    @Test
    void aTypeNoFileCarriesIsRefusedByName() {
        TrainingConfig config = TrainingConfig.defaults(List.of("click", "echo"));

        assertThatThrownBy(() -> trainer.train(synthetic.learnable(4, 7), config, TrainingProgress.none()))
                .isInstanceOf(TrainingDataException.class).hasMessageContaining("echo (no file has a labelled frame");
    }

    @Test
    void labelsOfTypesNotTrainedAreLeftOut() {
        List<LabelledFile> files = synthetic.learnable(6, 8).stream().map(file -> {
            List<ArtifactEvent> labels = new ArrayList<>(file.labels());
            labels.add(new ArtifactEvent("echo", 0, 30_000, 1));
            return new LabelledFile(file.fileId(), file.features(), labels);
        }).toList();

        TrainingOutcome outcome = trainer.train(files, TrainingConfig.defaults(List.of("hum")),
                TrainingProgress.none());

        assertThat(outcome.detector().types()).containsExactly("hum");
        assertThat(outcome.metrics().confusion().classes()).containsExactly("hum", "none");
        assertThat(outcome.metrics().eventBased().types()).containsExactly("hum");
    }
}
