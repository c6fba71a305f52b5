package dev.earshot.engine.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.testing.ArtifactInjection;
import dev.earshot.engine.testing.EventMatch;
import dev.earshot.engine.testing.InjectedAudio;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInArtifactModelTest {

    private static final List<String> TYPES = List.of("clipping", "click", "dropout", "hum", "dc_offset",
            "noise_burst", "low_level", "band_limited");

    @TempDir
    Path dir;

    @Test
    void scoresTheEightBuiltInTypesOnRelaysDefaultGrid() {
        BuiltInArtifactModel model = new BuiltInArtifactModel();

        assertThat(model.types()).isEqualTo(TYPES);
        assertThat(model.grid()).isEqualTo(FrameGrid.DEFAULT);
        assertThat(new BuiltInArtifactModel(new FrameGrid(200, 100)).extractor().grid())
                .isEqualTo(new FrameGrid(200, 100));
    }

    @Test
    void givesEachTypeItsDetectorScoreAsTheFrameProbability() {
        InjectedAudio audio = ArtifactInjection.generated(new AudioFormat(16_000, 1), 30,
                ArtifactInjection.plan(TYPES, 1, 30, 1, 3), 3);
        BuiltInArtifactModel model = new BuiltInArtifactModel();
        FrameFeatures features = model.extractor().extract(audio.write(dir.resolve("a.pcm")));

        Map<String, double[]> probabilities = model.probabilities(features);

        assertThat(probabilities.keySet()).containsExactlyElementsOf(TYPES);
        for (String type : TYPES) {
            int column = features.column(ArtifactFeatureExtractor.scoreColumn(type));
            double[] probability = probabilities.get(type);
            assertThat(probability).hasSize(features.frames());
            for (int i = 0; i < probability.length; i++) {
                assertThat(probability[i]).isEqualTo(features.rows()[i][column]).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void findsAnInjectedArtifactOfEveryTypeAsAnEvent() {
        InjectedAudio audio = ArtifactInjection.generated(new AudioFormat(44_100, 2), 45,
                ArtifactInjection.plan(TYPES, 1, 45, 1.5, 4), 4);
        BuiltInArtifactModel model = new BuiltInArtifactModel();

        List<ArtifactEvent> events = model.events(model.extractor().extract(audio.write(dir.resolve("b.pcm"))),
                DetectionRules.DEFAULT);

        for (String type : TYPES) {
            List<ArtifactEvent> found = events.stream().filter(event -> event.type().equals(type)).toList();
            assertThat(EventMatch.of(audio.labels(type), found, 200).recall()).as(type).isOne();
        }
    }

    @Test
    void refusesFeaturesCutOnAnotherGrid() {
        FrameGrid other = new FrameGrid(200, 100);
        FrameFeatures features = new FrameFeatures(other, 1000, new ArtifactFeatureExtractor(other).names(),
                new double[other.frames(1000)][new ArtifactFeatureExtractor(other).names().size()]);

        assertThatThrownBy(() -> new BuiltInArtifactModel().probabilities(features))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FrameGrid[chunkMs=200");
    }
}
