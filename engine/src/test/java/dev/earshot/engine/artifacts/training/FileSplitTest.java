package dev.earshot.engine.artifacts.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.FrameGrid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FileSplitTest {

    private final SyntheticFiles synthetic = new SyntheticFiles(30_000, 9, 3);

    private static FileSplit split(List<LabelledFile> files, TrainingConfig config) {
        List<FrameLabels> labels = files.stream().map(file -> FrameLabels.of(config.types(), FrameGrid.DEFAULT,
                file.features().durationMs(), file.labels())).toList();
        return FileSplit.of(files, labels, config);
    }

    private static Set<String> ids(List<LabelledFile> files, List<Integer> side) {
        Set<String> ids = new HashSet<>();
        side.forEach(index -> ids.add(files.get(index).fileId()));
        return ids;
    }

    private LabelledFile file(String id, String... types) {
        List<ArtifactEvent> labels = new ArrayList<>();
        for (String type : types) {
            labels.add(new ArtifactEvent(type, 1000, 2000, 1));
        }
        return new LabelledFile(id, synthetic.features(labels, new Random(1)), labels);
    }

    @Test
    void noFileIsOnBothSidesAndEveryFileIsOnOne() {
        List<LabelledFile> files = synthetic.learnable(10, 3);

        FileSplit split = split(files, TrainingConfig.defaults(SyntheticFiles.TYPES));

        assertThat(split.validation()).hasSize(2);
        assertThat(split.training()).hasSize(8).doesNotContainAnyElementsOf(split.validation());
        assertThat(IntStream.concat(split.training().stream().mapToInt(i -> i), split.validation().stream()
                .mapToInt(i -> i)).sorted().toArray()).containsExactly(IntStream.range(0, 10).toArray());
    }

    @Test
    void theSameSeedSplitsTheSameFilesTheSameWayWhateverTheirOrder() {
        List<LabelledFile> files = synthetic.learnable(10, 3);
        List<LabelledFile> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        TrainingConfig config = new TrainingConfig(SyntheticFiles.TYPES, 20, 0.3, 0.001, 32, 7);

        Set<String> validation = ids(files, split(files, config).validation());

        assertThat(ids(files, split(files, config).validation())).isEqualTo(validation);
        assertThat(ids(reversed, split(reversed, config).validation())).isEqualTo(validation).hasSize(3);
        Set<Set<String>> bySeed = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            bySeed.add(ids(files, split(files, new TrainingConfig(SyntheticFiles.TYPES, 20, 0.3, 0.001, 32, seed))
                    .validation()));
        }
        assertThat(bySeed).hasSizeGreaterThan(1);
    }

    @Test
    void atLeastOneFileIsHeldOutAndOneTrainedOn() {
        List<LabelledFile> files = List.of(file("a", "click", "hum", "long_pause"),
                file("b", "click", "hum", "long_pause"));

        FileSplit split = split(files, new TrainingConfig(SyntheticFiles.TYPES, 20, 0.1, 0.001, 32, 0));

        assertThat(split.training()).hasSize(1);
        assertThat(split.validation()).hasSize(1);
    }

    @Test
    void aTypeLabelledInOneFileOnlyIsKeptOnTheTrainingSide() {
        List<LabelledFile> files = List.of(file("a", "click"), file("b", "click"), file("c", "click", "hum"),
                file("d", "click"), file("e", "click"));
        TrainingConfig config = new TrainingConfig(List.of("click", "hum"), 20, 0.4, 0.001, 32, 0);

        for (long seed = 0; seed < 20; seed++) {
            FileSplit split = split(files, new TrainingConfig(config.types(), 20, 0.4, 0.001, 32, seed));
            assertThat(ids(files, split.training())).contains("c");
        }
    }

    @Test
    void oneFileIsTooFewToSplit() {
        assertThatThrownBy(() -> split(List.of(file("a", "click")), TrainingConfig.defaults(List.of("click"))))
                .isInstanceOf(TrainingDataException.class).hasMessageContaining("at least 2 audio files");
    }

    @Test
    void typesThatNoSplitCanKeepForTrainingAreRefusedByName() {
        List<LabelledFile> files = List.of(file("a", "click"), file("b", "hum"));

        assertThatThrownBy(() -> split(files, TrainingConfig.defaults(List.of("click", "hum", "long_pause"))))
                .isInstanceOf(TrainingDataException.class)
                .hasMessageContaining("click (only in a)")
                .hasMessageContaining("hum (only in b)")
                .hasMessageContaining("long_pause (no file has a labelled frame of it)");
    }
}
