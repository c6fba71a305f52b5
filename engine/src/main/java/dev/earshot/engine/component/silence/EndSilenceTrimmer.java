package dev.earshot.engine.component.silence;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.dsp.Excerpts;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import java.util.OptionalLong;

/**
 * {@code end_silence_trimmer}: cuts trailing silence, keeping {@value SoundDetector#PAD_SECONDS} s after the
 * last sound (the rule is {@link SoundDetector}'s; the end is found reading backward from the last frame).
 * Output: the trimmed audio, same format. When nothing is cut, including audio without any sound, the input
 * passes through unchanged.
 */
public final class EndSilenceTrimmer implements Component<EndTrimParams> {

    @Override
    public String id() {
        return "end_silence_trimmer";
    }

    @Override
    public EndTrimParams parseParams(ParamReader params) {
        return EndTrimParams.parse(params);
    }

    @Override
    public StepOutput run(StepContext context, EndTrimParams params) {
        PcmFile input = context.working();
        BlockListener listener = BlockListener.of(context);
        SoundDetector detector = SoundDetector.of(input, listener.span(0, 0.5));
        OptionalLong end = detector.soundEnd(input.frames(), listener.span(0.5, 0.6));
        long pad = input.format().frames(SoundDetector.PAD_SECONDS);
        long keep = end.isPresent() ? Math.min(input.frames(), end.getAsLong() + pad) : input.frames();
        if (keep == input.frames()) {
            return StepOutput.audio(input);
        }
        return StepOutput.audio(Excerpts.copy(input, 0, keep, context.newFile("trimmed.pcm"), listener.span(0.6, 1)));
    }
}
