package dev.earshot.engine.artifacts.builtin;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.artifacts.ArtifactFeatureExtractor;
import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.artifacts.FrameGrid;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.testing.ArtifactInjection;
import dev.earshot.engine.testing.InjectedAudio;
import dev.earshot.engine.testing.Pcm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** What the detector tests share: audio with artifacts, its features, and the scores of frames near them or not. */
final class DetectorChecks {

    static final AudioFormat MONO_16K = new AudioFormat(16_000, 1);
    static final AudioFormat STEREO_44K = new AudioFormat(44_100, 2);

    private final Path dir;

    DetectorChecks(Path dir) {
        this.dir = dir;
    }

    /** {@code seconds} of generated speech with {@code perType} spans of each of {@code types}, seeded. */
    static InjectedAudio injected(AudioFormat format, double seconds, List<String> types, int perType, long seed) {
        List<ArtifactInjection.Span> spans = types.isEmpty() ? List.of()
                : ArtifactInjection.plan(types, perType, seconds, 1.5, seed);
        return ArtifactInjection.generated(format, seconds, spans, seed);
    }

    /** Every injected type but {@code type}. */
    static List<String> allBut(String type) {
        List<String> others = new ArrayList<>(ArtifactInjection.TYPES);
        others.remove(type);
        return others;
    }

    /** Features of {@code audio} on the default grid. */
    FrameFeatures features(InjectedAudio audio) {
        return new ArtifactFeatureExtractor(FrameGrid.DEFAULT).extract(audio.write(dir.resolve("audio.pcm")));
    }

    /** Features of raw interleaved samples on the default grid. */
    FrameFeatures features(AudioFormat format, float[] samples) {
        return new ArtifactFeatureExtractor(FrameGrid.DEFAULT).extract(Pcm.write(dir.resolve("raw.pcm"), format,
                samples));
    }

    /** The highest score of {@code type} among the frames that overlap {@code label}. */
    static double highestOver(FrameFeatures features, String type, ArtifactEvent label) {
        return scores(features, type, IntStream.range(0, features.frames())
                .filter(i -> overlaps(features, i, label.startMs(), label.endMs())));
    }

    /** The highest score of {@code type} among the frames more than {@code marginMs} from all of {@code labels}. */
    static double highestAway(FrameFeatures features, String type, List<ArtifactEvent> labels, long marginMs) {
        return scores(features, type, IntStream.range(0, features.frames()).filter(i -> labels.stream()
                .noneMatch(label -> overlaps(features, i, label.startMs() - marginMs, label.endMs() + marginMs))));
    }

    /** The highest score of {@code type} in the whole file. */
    static double highest(FrameFeatures features, String type) {
        return highestAway(features, type, List.of(), 0);
    }

    /** The value of column {@code name} in every frame. */
    static double[] column(FrameFeatures features, String name) {
        int column = features.column(name);
        return IntStream.range(0, features.frames()).mapToDouble(i -> features.rows()[i][column]).toArray();
    }

    private static double scores(FrameFeatures features, String type, IntStream frames) {
        int column = features.column(ArtifactFeatureExtractor.scoreColumn(type));
        return frames.mapToDouble(i -> features.rows()[i][column]).max().orElse(0);
    }

    private static boolean overlaps(FrameFeatures features, int frame, long fromMs, long toMs) {
        return features.grid().startMs(frame) < toMs && fromMs < features.grid().endMs(frame);
    }
}
