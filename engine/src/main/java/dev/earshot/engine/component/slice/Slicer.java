package dev.earshot.engine.component.slice;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.dsp.Excerpts;
import dev.earshot.engine.error.StepRejectedException;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.pipeline.TimeRange;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code slice_audio}: cuts time ranges out of the working audio, keeping its format.
 * <ul>
 * <li>No range: the unchanged input as the single output file ({@link StepOutput#audios}).</li>
 * <li>One range: the slice becomes the working audio for later steps ({@link StepOutput#audio}).</li>
 * <li>Several ranges: one file per range, in the order given; the step must then be the last one.</li>
 * </ul>
 * Range bounds are rounded to the nearest frame. A range that starts at or after the end of the audio is
 * rejected ({@link StepRejectedException}) before anything is written; an end past the end of the audio is
 * clamped to it. Every slice has at least one frame.
 */
public final class Slicer implements Component<SliceParams> {

    @Override
    public String id() {
        return "slice_audio";
    }

    @Override
    public SliceParams parseParams(ParamReader params) {
        return SliceParams.parse(params);
    }

    @Override
    public boolean mustBeLast(SliceParams params) {
        return params.ranges().size() > 1;
    }

    @Override
    public StepOutput run(StepContext context, SliceParams params) {
        PcmFile input = context.working();
        if (params.ranges().isEmpty()) {
            return StepOutput.audios(List.of(input));
        }
        List<long[]> spans = spans(context, input, params.ranges());
        long total = spans.stream().mapToLong(s -> s[1] - s[0]).sum();
        List<PcmFile> slices = new ArrayList<>();
        long done = 0;
        for (int i = 0; i < spans.size(); i++) {
            long[] span = spans.get(i);
            BlockListener listener = progress(context, done, span[1] - span[0], total);
            slices.add(Excerpts.copy(input, span[0], span[1], context.newFile("slice" + i + ".pcm"), listener));
            done += span[1] - span[0];
        }
        if (slices.size() == 1) {
            return new StepOutput(slices.get(0), slices, null);
        }
        return StepOutput.audios(slices);
    }

    private static List<long[]> spans(StepContext context, PcmFile input, List<TimeRange> ranges) {
        AudioFormat format = input.format();
        List<long[]> spans = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            TimeRange range = ranges.get(i);
            if (range.start() >= input.durationSeconds()) {
                throw new StepRejectedException(context.componentId(), context.stepIndex(), "ranges[" + i + "] ["
                        + range.start() + ", " + range.end() + "] starts at or after the end of the audio ("
                        + input.durationSeconds() + " s)");
            }
            long start = Math.min(format.frames(range.start()), input.frames() - 1);
            long end = Math.min(format.frames(range.end()), input.frames());
            spans.add(new long[] {start, Math.max(end, start + 1)});
        }
        return spans;
    }

    private static BlockListener progress(StepContext context, long done, long length, long total) {
        return BlockListener.of(context).span((double) done / total, (double) (done + length) / total);
    }
}
