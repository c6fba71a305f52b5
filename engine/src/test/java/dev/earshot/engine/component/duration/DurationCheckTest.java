package dev.earshot.engine.component.duration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.testing.Pcm;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurationCheckTest {

    @TempDir
    Path dir;

    @Test
    void reportsDurationAgainstTheMinimum() {
        PcmFile input = Pcm.write(dir.resolve("90s.pcm"), new AudioFormat(1_000, 2), new float[90_000 * 2]);

        StepOutput shortEnough = check(input, 1.5);
        StepOutput tooShort = check(input, DurationCheckParams.DEFAULT_MINUTES);

        assertThat(shortEnough.audio()).isNull();
        assertThat(shortEnough.metrics()).containsExactly(
                Map.entry("duration_seconds", 90.0),
                Map.entry("duration_minutes", 1.5),
                Map.entry("min_duration_minutes", 1.5),
                Map.entry("meets_duration_requirement", true));
        assertThat(tooShort.metrics()).containsEntry("meets_duration_requirement", false)
                .containsEntry("min_duration_minutes", 8.0);
    }

    private StepOutput check(PcmFile input, double minutes) {
        return new DurationCheck().run(StepContext.standalone(input, List.of(input), dir),
                new DurationCheckParams(minutes));
    }
}
