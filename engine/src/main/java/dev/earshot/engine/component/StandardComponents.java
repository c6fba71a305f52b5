package dev.earshot.engine.component;

import dev.earshot.engine.component.channel.ChannelSplitter;
import dev.earshot.engine.component.duration.DurationCheck;
import dev.earshot.engine.component.noise.NoiseReducer;
import dev.earshot.engine.component.silence.BeginningSilenceTrimmer;
import dev.earshot.engine.component.silence.EndSilenceTrimmer;
import dev.earshot.engine.component.slice.Slicer;
import dev.earshot.engine.pipeline.Component;
import java.util.List;

/** The signal-processing components every deployment registers. */
public final class StandardComponents {

    private StandardComponents() {
    }

    /**
     * {@code noise_reduce}, {@code beg_silence_trimmer}, {@code end_silence_trimmer}, {@code slice_audio},
     * {@code split_audio_channel} and {@code audio_duration_check}, in catalog order. The instances are
     * stateless and may be shared.
     */
    public static List<Component<?>> all() {
        return List.of(new NoiseReducer(), new BeginningSilenceTrimmer(), new EndSilenceTrimmer(), new Slicer(),
                new ChannelSplitter(), new DurationCheck());
    }
}
