package dev.earshot.engine.component.silence;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.dsp.Excerpts;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.pipeline.TimeRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code beg_silence_trimmer}: cuts leading silence, keeping {@value SoundDetector#PAD_SECONDS} s before the
 * first sound (the rule is {@link SoundDetector}'s), and moves {@code manual_segments} onto the trimmed
 * timeline. Output: the trimmed audio (same format) and metrics
 * <ul>
 * <li>{@code trimmed_seconds}: seconds cut from the start, {@code t};</li>
 * <li>{@code manual_segments}: every segment that ends after the cut as {@code [max(0, start - t), end - t]};</li>
 * <li>{@code dropped_segments}: the segments (original times) that end at or before the cut;</li>
 * <li>{@code sound_found}: false when the audio holds no sound at all.</li>
 * </ul>
 * Times in metrics are rounded to microseconds. When nothing is cut, including audio without any sound,
 * the input passes through unchanged and {@code trimmed_seconds} is 0.
 */
public final class BeginningSilenceTrimmer implements Component<BeginningTrimParams> {

    private static final double MICROSECONDS = 1e6;

    @Override
    public String id() {
        return "beg_silence_trimmer";
    }

    @Override
    public BeginningTrimParams parseParams(ParamReader params) {
        return BeginningTrimParams.parse(params);
    }

    @Override
    public StepOutput run(StepContext context, BeginningTrimParams params) {
        PcmFile input = context.working();
        BlockListener listener = BlockListener.of(context);
        SoundDetector detector = SoundDetector.of(input, listener.span(0, 0.5));
        OptionalLong start = detector.soundStart(listener.span(0.5, 0.6));
        long pad = input.format().frames(SoundDetector.PAD_SECONDS);
        long cut = start.isPresent() ? Math.max(0, start.getAsLong() - pad) : 0;
        PcmFile output = cut == 0 ? input
                : Excerpts.copy(input, cut, input.frames(), context.newFile("trimmed.pcm"), listener.span(0.6, 1));
        double trimmed = input.format().seconds(cut);
        return StepOutput.audioWithMetrics(output, metrics(trimmed, start.isPresent(), params.manualSegments()));
    }

    static Map<String, Object> metrics(double trimmed, boolean soundFound, List<TimeRange> segments) {
        List<List<Double>> kept = new ArrayList<>();
        List<List<Double>> dropped = new ArrayList<>();
        for (TimeRange segment : segments) {
            if (segment.end() <= trimmed) {
                dropped.add(List.of(round(segment.start()), round(segment.end())));
            } else {
                kept.add(List.of(round(Math.max(0, segment.start() - trimmed)), round(segment.end() - trimmed)));
            }
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("trimmed_seconds", round(trimmed));
        metrics.put("manual_segments", List.copyOf(kept));
        metrics.put("dropped_segments", List.copyOf(dropped));
        metrics.put("sound_found", soundFound);
        return metrics;
    }

    private static double round(double seconds) {
        return Math.round(seconds * MICROSECONDS) / MICROSECONDS;
    }
}
