package dev.earshot.engine.component.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.StepRejectedException;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.testing.Pcm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlicerTest {

    private static final int RATE = 16_000;

    @TempDir
    Path dir;

    private float[] samples;
    private PcmFile input;

    @BeforeEach
    void threeSecondsOfStereoRamp() {
        samples = new float[3 * RATE * 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i / (float) samples.length;
        }
        input = Pcm.write(dir.resolve("ramp.pcm"), new AudioFormat(RATE, 2), samples);
    }

    @Test
    void cutsOneRangeToExactFramesAsTheNewWorkingAudioAndItsOnlyListedOutput() {
        StepOutput out = slice(new TimeRange(1.0, 2.0));

        assertThat(out.audios()).containsExactly(out.audio());
        assertThat(out.audio().format()).isEqualTo(input.format());
        assertThat(out.audio().frames()).isEqualTo(RATE);
        assertThat(Pcm.read(out.audio())).isEqualTo(Arrays.copyOfRange(samples, RATE * 2, 2 * RATE * 2));
    }

    @Test
    void cutsSeveralRangesInOrder() {
        StepOutput out = slice(new TimeRange(2.5, 3.0), new TimeRange(0, 0.25));

        assertThat(out.audio()).isNull();
        assertThat(out.audios()).hasSize(2);
        assertThat(Pcm.read(out.audios().get(0))).isEqualTo(Arrays.copyOfRange(samples, 5 * RATE, 6 * RATE));
        assertThat(Pcm.read(out.audios().get(1))).isEqualTo(Arrays.copyOfRange(samples, 0, RATE / 2));
    }

    @Test
    void clampsAnEndPastTheEndOfTheAudio() {
        PcmFile out = slice(new TimeRange(2.5, 10)).audio();

        assertThat(out.frames()).isEqualTo(RATE / 2);
        assertThat(Pcm.read(out)).isEqualTo(Arrays.copyOfRange(samples, 5 * RATE, samples.length));
    }

    @Test
    void rejectsARangeStartingAtOrAfterTheEndWithoutWritingAnything() throws Exception {
        assertThatThrownBy(() -> slice(new TimeRange(0, 1), new TimeRange(3.0, 4.0)))
                .isInstanceOf(StepRejectedException.class)
                .hasMessageContaining("ranges[1]")
                .hasMessageContaining("starts at or after the end of the audio (3.0 s)");
        assertThatThrownBy(() -> slice(new TimeRange(7, 8))).isInstanceOf(StepRejectedException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(input.path());
        }
    }

    @Test
    void passesTheInputThroughAsTheOnlyOutputWithoutRanges() {
        StepOutput out = slice();

        assertThat(out.audio()).isNull();
        assertThat(out.audios()).containsExactly(input);
    }

    @Test
    void mustBeLastOnlyWithSeveralRanges() {
        Slicer slicer = new Slicer();
        assertThat(slicer.mustBeLast(new SliceParams(List.of()))).isFalse();
        assertThat(slicer.mustBeLast(new SliceParams(List.of(new TimeRange(0, 1))))).isFalse();
        assertThat(slicer.mustBeLast(new SliceParams(List.of(new TimeRange(0, 1), new TimeRange(1, 2))))).isTrue();
    }

    private StepOutput slice(TimeRange... ranges) {
        return new Slicer().run(StepContext.standalone(input, List.of(input), dir), new SliceParams(List.of(ranges)));
    }
}
