package dev.earshot.engine.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.earshot.engine.error.ComponentUnavailableException;
import dev.earshot.engine.error.InvalidPlanException;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.pipeline.ComponentCatalog;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.StepSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardComponentsPlanTest {

    private final ComponentRegistry registry = ComponentRegistry.of(StandardComponents.all());

    @Test
    void registersCanonicalIdsOnce() {
        assertThat(registry.ids()).containsExactly("noise_reduce", "beg_silence_trimmer", "end_silence_trimmer",
                "slice_audio", "split_audio_channel", "audio_duration_check");
        assertThat(ComponentCatalog.ids()).containsAll(registry.ids());
    }

    @Test
    void acceptsEveryComponentWithDefaultsAndWithTheSeedExamples() {
        PipelinePlan plan = validate(
                step("noise_reduce", Map.of("noise_estimation_duration_sec", 0.5)),
                step("noise_reduce", null),
                step("beg_silence_trimmer", Map.of("manual_segments", List.of(List.of(0.5, 2.0), List.of(3, 5)))),
                step("end_silence_trimmer", Map.of()),
                step("slice_audio", Map.of("ranges", List.of(List.of(0, 10)))),
                step("audio_duration_check", Map.of("min_duration_minutes", 0)),
                step("slice_audio", Map.of("ranges", List.of())),
                step("split_audio_channel", Map.of()));

        assertThat(plan.componentIds()).hasSize(8);
    }

    @Test
    void rejectsUnknownKeysWrongTypesAndOutOfRangeValuesAllAtOnce() {
        InvalidPlanException e = invalid(
                step("noise_reduce", Map.of("noise_estimation_duration_sec", "0.5")),
                step("noise_reduce", Map.of("noise_estimation_duration_sec", 0)),
                step("noise_reduce", Map.of("noise_estimation_duration_sec", 61)),
                step("end_silence_trimmer", Map.of("pad", 1)),
                step("audio_duration_check", Map.of("min_duration_minutes", -1)),
                step("beg_silence_trimmer", Map.of("manual_segments", List.of(List.of(2, 1)), "extra", true)),
                step("slice_audio", Map.of("ranges", "0-10")));

        assertThat(e.problems()).extracting(Problem::stepIndex).containsExactly(0, 1, 2, 3, 4, 5, 5, 6);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("noise_estimation_duration_sec",
                "noise_estimation_duration_sec", "noise_estimation_duration_sec", "pad", "min_duration_minutes",
                "manual_segments[0]", "extra", "ranges");
        assertThat(e.problems().get(0).message()).contains("must be a number", "the string \"0.5\"");
        assertThat(e.problems().get(1).message()).contains("between 0.001 and 60.0");
        assertThat(e.problems().get(3).message()).contains("unknown parameter");
    }

    @Test
    void requiresSeveralSlicesAndChannelSplitsToBeLast() {
        Map<String, Object> twoRanges = Map.of("ranges", List.of(List.of(0, 1), List.of(2, 3)));
        InvalidPlanException e = invalid(
                step("slice_audio", twoRanges),
                step("split_audio_channel", Map.of()),
                step("slice_audio", Map.of("ranges", List.of(List.of(0, 1)))),
                step("audio_duration_check", null));

        assertThat(e.problems()).extracting(Problem::stepIndex).containsExactly(0, 1);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("must be the last"));
        assertThat(validate(step("noise_reduce", null), step("slice_audio", twoRanges)).steps()).hasSize(2);
        assertThat(validate(step("noise_reduce", null), step("split_audio_channel", null)).steps()).hasSize(2);
    }

    @Test
    void answersAPlannedComponentAsUnavailableUnlessItsParamsAreWrong() {
        assertThatThrownBy(() -> validate(step("noise_reduce", null), step("speech_fluency_check", Map.of())))
                .isInstanceOf(ComponentUnavailableException.class)
                .hasMessageContaining("speech_fluency_check");
        InvalidPlanException e = invalid(step("speech_fluency_check", Map.of("x", 1)));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("x");
    }

    private static StepSpec step(String id, Object params) {
        return new StepSpec(id, params);
    }

    private PipelinePlan validate(StepSpec... steps) {
        return PipelinePlan.validate(Arrays.asList(steps), 1, registry, 20);
    }

    private InvalidPlanException invalid(StepSpec... steps) {
        return catchThrowableOfType(() -> validate(steps), InvalidPlanException.class);
    }
}
