package dev.earshot.engine.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.earshot.engine.artifacts.builtin.ArtifactDetector;
import dev.earshot.engine.artifacts.builtin.BuiltInDetectors;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmWriter;
import dev.earshot.engine.testing.ArtifactInjection;
import dev.earshot.engine.testing.InjectedAudio;
import dev.earshot.engine.testing.Pcm;
import dev.earshot.engine.testing.Signals;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactFeatureExtractorTest {

    private static final AudioFormat MONO = new AudioFormat(16_000, 1);

    @TempDir
    Path dir;

    @Test
    void namesEveryColumnOnceWithTheDetectorScoresAndMeasuresFirst() {
        List<String> names = new ArtifactFeatureExtractor(FrameGrid.DEFAULT).names();

        List<String> detectors = new ArrayList<>();
        for (ArtifactDetector detector : BuiltInDetectors.all()) {
            detectors.add(detector.type() + "_score");
            detectors.add(detector.type() + "_" + detector.measure());
        }
        assertThat(names).doesNotHaveDuplicates().startsWith(detectors.toArray(String[]::new))
                .contains("rms_dbfs", "crest_db", "zero_crossing_rate", "spectral_centroid_hz", "spectral_rolloff_hz",
                        "spectral_flatness", "spectral_flux", "band_4k_8k_db", "mfcc_12", "silent_fraction",
                        "silence_run_ms")
                .isEqualTo(new ArtifactFeatureExtractor(new FrameGrid(100, 50)).names());
    }

    @Test
    void cutsEveryFileIntoTheFramesOfItsGrid() {
        for (FrameGrid grid : List.of(FrameGrid.DEFAULT, new FrameGrid(100, 50), new FrameGrid(1000, 1000))) {
            for (int samples : new int[] {0, 1, 1600, 8000, 8016, 16_000 * 7 + 123}) {
                PcmFile file = Pcm.write(dir.resolve("f.pcm"), MONO, Signals.whiteNoise(samples, 0.1, samples));

                FrameFeatures features = new ArtifactFeatureExtractor(grid).extract(file);

                long durationMs = (long) Math.ceil(samples / 16.0);
                assertThat(features.durationMs()).isEqualTo(durationMs);
                assertThat(features.frames()).as(grid + " " + samples).isEqualTo(grid.frames(durationMs));
                assertThat(features.names()).hasSize(new ArtifactFeatureExtractor(grid).names().size());
            }
        }
    }

    @Test
    void givesEachFrameTheLengthOfTheSilenceItSitsInEvenBeyondTheFrame() {
        float[] floor = Signals.whiteNoise(16_000 * 3 / 2, 1e-4, 4);
        float[] audio = Signals.concat(Signals.tone(16_000, 2, 300, 0.3), floor, Signals.tone(16_000, 2, 300, 0.3));

        FrameFeatures features = new ArtifactFeatureExtractor(FrameGrid.DEFAULT).extract(
                Pcm.write(dir.resolve("pause.pcm"), MONO, audio));

        int column = features.column("silence_run_ms");
        for (int frame = 0; frame < features.frames(); frame++) {
            long start = features.grid().startMs(frame);
            double run = features.rows()[frame][column];
            if (start >= 2000 && start + 500 <= 3500) {
                assertThat(run).as("frame at %d ms", start).isCloseTo(1500, offset(40.0));
                assertThat(features.rows()[frame][features.column("silent_fraction")]).isOne();
            } else if (start + 500 <= 2000 || start >= 3500) {
                assertThat(run).as("frame at %d ms", start).isZero();
            }
        }
    }

    @Test
    void setsLongPausesApartFromTheSpeechsOwnPausesByTheLengthOfTheirSilence() {
        InjectedAudio audio = ArtifactInjection.generated(MONO, 120,
                ArtifactInjection.plan(List.of("long_pause"), 10, 120, 2, 9), 9);

        FrameFeatures features = new ArtifactFeatureExtractor(FrameGrid.DEFAULT).extract(audio.write(dir.resolve("p")));

        int column = features.column("silence_run_ms");
        for (int frame = 0; frame < features.frames(); frame++) {
            long centre = features.grid().startMs(frame) + 250;
            boolean inPause = audio.labels().stream().anyMatch(l -> l.startMs() <= centre && centre < l.endMs());
            boolean nearPause = audio.labels().stream().anyMatch(l -> l.startMs() - 500 < centre
                    && centre < l.endMs() + 500);
            if (inPause) {
                assertThat(features.rows()[frame][column]).as("frame at %d ms", centre).isGreaterThan(850);
            } else if (!nearPause) {
                assertThat(features.rows()[frame][column]).as("frame at %d ms", centre).isLessThan(800);
            }
        }
    }

    @Test
    void keepsMemoryFlatFromThreeToThirtyMinutes() throws Exception {
        long shortPeak = peakLiveHeapWhileExtracting(write(3));
        long longPeak = peakLiveHeapWhileExtracting(write(30));

        long extraRows = FrameGrid.DEFAULT.frames(30 * 60_000) - FrameGrid.DEFAULT.frames(3 * 60_000);
        long rowBytes = extraRows * (16 + 8L * new ArtifactFeatureExtractor(FrameGrid.DEFAULT).names().size());
        System.out.printf("live heap peak: 3 min %.1f MB, 30 min %.1f MB, rows added %.1f MB%n", shortPeak / 1e6,
                longPeak / 1e6, rowBytes / 1e6);
        assertThat(longPeak - shortPeak).isLessThan(rowBytes + 8L * 1024 * 1024);
    }

    private PcmFile write(int minutes) {
        float[] block = Signals.add(Signals.speechLike(16_000, 10, minutes), Signals.whiteNoise(160_000, 5e-4, 1));
        try (PcmWriter writer = PcmFile.create(dir.resolve(minutes + "min.pcm"), MONO)) {
            for (int i = 0; i < minutes * 6; i++) {
                writer.write(block);
            }
            return writer.finish();
        }
    }

    private static long peakLiveHeapWhileExtracting(PcmFile file) throws InterruptedException {
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        System.gc();
        sampler.start();
        FrameFeatures features = new ArtifactFeatureExtractor(FrameGrid.DEFAULT).extract(file);
        sampler.interrupt();
        sampler.join();
        assertThat(features.frames()).isEqualTo(FrameGrid.DEFAULT.frames(features.durationMs()));
        file.delete();
        return peak.get();
    }
}
