package dev.earshot.engine.speech.diarization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpeakerClusteringTest {

    private static final int DIMENSIONS = 13;
    private static final int FRAMES_PER_SEGMENT = 150;

    @Test
    void segmentsOfThreeSyntheticVoicesFallIntoThreeClustersEvenPastOneChunk() {
        int segments = SpeakerClustering.CHUNK * 2 + 100;
        int[] truth = voices(segments, 3, 11);

        int[] labels = SpeakerClustering.cluster(gaussians(truth, 3, 5), 1, 10);

        assertThat(Arrays.stream(labels).distinct().count()).isEqualTo(3);
        assertSamePartition(labels, truth);
    }

    @Test
    void theMaximumForcesMergesAndTheMinimumStopsThem() {
        int[] truth = voices(60, 3, 12);
        List<Gaussian> gaussians = gaussians(truth, 3, 6);

        assertThat(Arrays.stream(SpeakerClustering.cluster(gaussians, 1, 2)).distinct().count()).isEqualTo(2);
        assertThat(Arrays.stream(SpeakerClustering.cluster(gaussians, 5, 10)).distinct().count()).isEqualTo(5);
        assertThat(Arrays.stream(SpeakerClustering.cluster(gaussians, 1, 10)).distinct().count()).isEqualTo(3);
    }

    @Test
    void segmentsOfOneVoiceStayOneCluster() {
        int[] truth = new int[80];

        int[] labels = SpeakerClustering.cluster(gaussians(truth, 1, 7), 1, 10);

        assertThat(labels).containsOnly(0);
    }

    private static void assertSamePartition(int[] labels, int[] truth) {
        for (int i = 0; i < labels.length; i++) {
            for (int j = i + 1; j < labels.length; j += 7) {
                assertThat(labels[i] == labels[j]).as("segments %d and %d", i, j).isEqualTo(truth[i] == truth[j]);
            }
        }
    }

    private static int[] voices(int segments, int speakers, long seed) {
        Random random = new Random(seed);
        int[] truth = new int[segments];
        for (int i = 0; i < segments; i++) {
            truth[i] = random.nextInt(speakers);
        }
        return truth;
    }

    /** One Gaussian per segment, its frames drawn around its voice's mean (voices 1.5 apart per dimension). */
    private static List<Gaussian> gaussians(int[] truth, int speakers, long seed) {
        Random random = new Random(seed);
        double[][] means = new double[speakers][DIMENSIONS];
        for (double[] mean : means) {
            for (int d = 0; d < DIMENSIONS; d++) {
                mean[d] = random.nextGaussian() * 1.5;
            }
        }
        SpeechFeatures features = new SpeechFeatures(DIMENSIONS);
        features.startRegion(0, truth.length * FRAMES_PER_SEGMENT * SpeechFeatures.FRAME_SECONDS);
        double[] vector = new double[DIMENSIONS];
        for (int voice : truth) {
            for (int f = 0; f < FRAMES_PER_SEGMENT; f++) {
                for (int d = 0; d < DIMENSIONS; d++) {
                    vector[d] = means[voice][d] + random.nextGaussian();
                }
                features.add(vector, false);
            }
        }
        List<Gaussian> gaussians = new ArrayList<>();
        for (int s = 0; s < truth.length; s++) {
            gaussians.add(Gaussian.of(features, s * FRAMES_PER_SEGMENT, (s + 1) * FRAMES_PER_SEGMENT));
        }
        return gaussians;
    }
}
