package dev.earshot.engine.artifacts.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.artifacts.DetectionRules;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.artifacts.FrameGrid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainedDetectorTest {

    private static final SyntheticFiles SYNTHETIC = new SyntheticFiles(60_000, 40, 3);
    private static TrainedDetector detector;
    private static FrameFeatures unseen;

    @BeforeAll
    static void train() {
        detector = new DetectorTrainer().train(SYNTHETIC.learnable(6, 11),
                TrainingConfig.defaults(SyntheticFiles.TYPES), TrainingProgress.none()).detector();
        unseen = DetectorBytesCheck.unseen();
    }

    @Test
    void itSaysWhatItScoresAndWhatItExpects() {
        assertThat(detector.types()).containsExactlyElementsOf(SyntheticFiles.TYPES);
        assertThat(detector.grid()).isEqualTo(FrameGrid.DEFAULT);
        assertThat(detector.featureNames()).isEqualTo(SyntheticFiles.featureNames(40));
        Map<String, double[]> probabilities = detector.probabilities(unseen);
        assertThat(probabilities.keySet()).containsExactlyElementsOf(SyntheticFiles.TYPES);
        probabilities.values().forEach(values -> assertThat(values).hasSize(unseen.frames())
                .satisfies(all -> assertThat(Arrays.stream(all).allMatch(p -> p >= 0 && p <= 1)).isTrue()));
        assertThat(detector.events(unseen, DetectionRules.DEFAULT)).isNotEmpty();
    }

    @Test
    void itsBytesReadBackGiveTheSameProbabilities() {
        byte[] bytes = detector.toBytes();

        TrainedDetector read = TrainedDetector.fromBytes(bytes);

        assertThat(read.types()).isEqualTo(detector.types());
        assertThat(read.grid()).isEqualTo(detector.grid());
        assertThat(read.featureNames()).isEqualTo(detector.featureNames());
        for (String type : SyntheticFiles.TYPES) {
            assertThat(read.probabilities(unseen).get(type)).containsExactly(detector.probabilities(unseen).get(type));
        }
        assertThat(read.toBytes().length).isEqualTo(bytes.length);
    }

    @Test
    void itsBytesLoadInAnotherJvm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("detector.bin");
        Files.write(file, detector.toBytes());
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DetectorBytesCheck.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();

        String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).isZero();
        assertThat(printed).isEqualTo(DetectorBytesCheck.exactly(detector.probabilities(unseen)));
    }

    @Test
    void featuresInAnotherOrderGiveTheSameProbabilities() {
        List<String> names = new ArrayList<>(unseen.names());
        Collections.reverse(names);
        double[][] rows = new double[unseen.frames()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[names.size()];
            for (int j = 0; j < names.size(); j++) {
                rows[i][j] = unseen.rows()[i][unseen.column(names.get(j))];
            }
        }

        Map<String, double[]> reordered = detector.probabilities(new FrameFeatures(unseen.grid(),
                unseen.durationMs(), names, rows));

        assertThat(reordered.get("hum")).containsExactly(detector.probabilities(unseen).get("hum"));
    }

    @Test
    void featuresOfOtherNamesOrAnotherGridAreRefused() {
        List<String> renamed = new ArrayList<>(unseen.names());
        renamed.set(3, "spectral_flux");
        FrameFeatures other = new FrameFeatures(unseen.grid(), unseen.durationMs(), renamed, unseen.rows());
        assertThatThrownBy(() -> detector.probabilities(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing [feature_03]").hasMessageContaining("not expected [spectral_flux]");

        FrameGrid grid = new FrameGrid(400, 200);
        FrameFeatures regridded = new FrameFeatures(grid, unseen.durationMs(), unseen.names(),
                new double[grid.frames(unseen.durationMs())][unseen.names().size()]);
        assertThatThrownBy(() -> detector.probabilities(regridded)).hasMessageContaining("frames of 400 ms");
    }

    @Test
    void bytesThatAreNotADetectorOrOfALaterVersionAreRefused() throws IOException {
        assertThatThrownBy(() -> TrainedDetector.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a trained detector");

        byte[] later = withVersion(detector.toBytes(), DetectorFormat.VERSION + 1);
        assertThatThrownBy(() -> TrainedDetector.fromBytes(later))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format version 2");
    }

    private static byte[] withVersion(byte[] bytes, int version) throws IOException {
        byte[] plain;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            plain = in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
            data.write(plain, 0, 4);
            data.writeInt(version);
            data.write(plain, 8, plain.length - 8);
        }
        return out.toByteArray();
    }
}
