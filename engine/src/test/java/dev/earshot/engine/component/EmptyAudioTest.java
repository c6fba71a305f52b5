package dev.earshot.engine.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.component.channel.ChannelSplitter;
import dev.earshot.engine.component.channel.SplitParams;
import dev.earshot.engine.component.duration.DurationCheck;
import dev.earshot.engine.component.duration.DurationCheckParams;
import dev.earshot.engine.component.silence.BeginningSilenceTrimmer;
import dev.earshot.engine.component.silence.BeginningTrimParams;
import dev.earshot.engine.component.silence.EndSilenceTrimmer;
import dev.earshot.engine.component.silence.EndTrimParams;
import dev.earshot.engine.component.slice.SliceParams;
import dev.earshot.engine.component.slice.Slicer;
import dev.earshot.engine.error.StepRejectedException;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.testing.Pcm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmptyAudioTest {

    @TempDir
    Path dir;

    @Test
    void handlesAudioWithoutFrames() {
        PcmFile empty = Pcm.write(dir.resolve("empty.pcm"), new AudioFormat(44_100, 2), new float[0]);
        StepContext context = StepContext.standalone(empty, List.of(empty), dir);

        assertThat(new BeginningSilenceTrimmer().run(context, new BeginningTrimParams(List.of())).audio())
                .isEqualTo(empty);
        assertThat(new EndSilenceTrimmer().run(context, new EndTrimParams()).audio()).isEqualTo(empty);
        assertThat(new ChannelSplitter().run(context, new SplitParams()).audios())
                .hasSize(2).allSatisfy(f -> assertThat(f.frames()).isZero());
        assertThat(new DurationCheck().run(context, new DurationCheckParams(0)).metrics())
                .containsEntry("meets_duration_requirement", true);
        assertThatThrownBy(() -> new Slicer().run(context, new SliceParams(List.of(new TimeRange(0, 1)))))
                .isInstanceOf(StepRejectedException.class);
    }
}
