package dev.earshot.engine.component.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.testing.Pcm;
import dev.earshot.engine.testing.Signals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelSplitterTest {

    @TempDir
    Path dir;

    @Test
    void writesOneMonoFilePerChannel() {
        int frames = 70_001;
        float[] a = Signals.whiteNoise(frames, 0.1, 1);
        float[] b = Signals.tone(8_000, frames / 8_000.0, 100, 0.5);
        float[] c = new float[frames];
        PcmFile input = Pcm.write(dir.resolve("three.pcm"), new AudioFormat(8_000, 3), Signals.interleave(a, b, c));

        StepOutput out = split(input);

        assertThat(out.audio()).isNull();
        assertThat(out.audios()).hasSize(3).allSatisfy(f -> {
            assertThat(f.format()).isEqualTo(new AudioFormat(8_000, 1));
            assertThat(f.frames()).isEqualTo(frames);
        });
        assertThat(Pcm.read(out.audios().get(0))).isEqualTo(a);
        assertThat(Pcm.read(out.audios().get(1))).isEqualTo(b);
        assertThat(Pcm.read(out.audios().get(2))).isEqualTo(c);
    }

    @Test
    void givesMonoInputBackAsTheOnlyOutput() {
        PcmFile input = Pcm.write(dir.resolve("mono.pcm"), new AudioFormat(8_000, 1), new float[100]);

        assertThat(split(input).audios()).containsExactly(input);
    }

    @Test
    void mustAlwaysBeLast() {
        assertThat(new ChannelSplitter().mustBeLast(new SplitParams())).isTrue();
    }

    private StepOutput split(PcmFile input) {
        return new ChannelSplitter().run(StepContext.standalone(input, List.of(input), dir), new SplitParams());
    }
}
