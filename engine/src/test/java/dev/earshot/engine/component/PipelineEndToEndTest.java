package dev.earshot.engine.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.Cancellation;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRun;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.engine.testing.Pcm;
import dev.earshot.engine.testing.Signals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void reducesNoiseSlicesAndChecksDuration() {
        int rate = 22_050;
        float[] speech = Signals.concat(new float[rate], Signals.speechLike(rate, 4, 2));
        float[] noisy = Signals.add(speech, Signals.whiteNoise(speech.length, 0.03, 8));
        PcmFile input = Pcm.write(dir.resolve("input.pcm"), new AudioFormat(rate, 2),
                Signals.interleave(noisy, noisy));
        PipelinePlan plan = PipelinePlan.validate(List.of(
                new StepSpec("noise_reduce", Map.of("noise_estimation_duration_sec", 0.5)),
                new StepSpec("slice_audio", Map.of("ranges", List.of(List.of(1, 3)))),
                new StepSpec("audio_duration_check", Map.of("min_duration_minutes", 0.03))),
                1, ComponentRegistry.of(StandardComponents.all()), 20);
        List<Double> progress = new ArrayList<>();

        PipelineRun run = new PipelineRunner().run(plan, List.of(input), dir, Cancellation.none(), progress::add);

        assertThat(run.steps()).extracting(s -> s.componentId())
                .containsExactly("noise_reduce", "slice_audio", "audio_duration_check");
        PcmFile denoised = run.steps().get(0).output().audio();
        assertThat(denoised.format()).isEqualTo(new AudioFormat(rate, 1));
        assertThat(denoised.frames()).isEqualTo(input.frames());
        assertThat(run.finalAudio().frames()).isEqualTo(2L * rate);
        assertThat(run.steps().get(1).input()).isEqualTo(denoised);
        assertThat(run.steps().get(2).output().metrics())
                .containsEntry("duration_seconds", 2.0)
                .containsEntry("meets_duration_requirement", true);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(Pcm.read(run.finalAudio()))
                .isEqualTo(java.util.Arrays.copyOfRange(Pcm.read(denoised), rate, 3 * rate));
    }
}
