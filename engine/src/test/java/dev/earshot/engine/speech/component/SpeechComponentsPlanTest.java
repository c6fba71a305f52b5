package dev.earshot.engine.speech.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.component.StandardComponents;
import dev.earshot.engine.error.InvalidPlanException;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.Cancellation;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ComponentCatalog;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRun;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepResult;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechComponentsPlanTest {

    private static final List<List<Double>> SEGMENTS = List.of(List.of(0.3, 2.0), List.of(2.5, 5.0));

    @TempDir
    Path dir;

    private final ComponentRegistry registry = registry();

    private static ComponentRegistry registry() {
        List<Component<?>> all = new ArrayList<>(StandardComponents.all());
        all.addAll(SpeechComponents.all(TestSpeechModels.shared()));
        return ComponentRegistry.of(all);
    }

    @Test
    void registersTheSpeechIdsOfTheCatalogAndTranscribe() {
        assertThat(SpeechComponents.all(TestSpeechModels.shared())).extracting(Component::id).containsExactly(
                "speech_duration_measurement", "transcribe", "speech_fluency_check", "check_segments",
                "fix_manual_segments", "speech_similarity");
        assertThat(registry.ids()).hasSize(12);
        assertThat(ComponentCatalog.ids()).allSatisfy(id -> assertThat(registry.find(id)).isPresent());
    }

    @Test
    void aPlanNamesTheNativeLibrariesItsStepsUse() {
        assertThat(validate(1, step("noise_reduce", null)).natives()).isEmpty();
        assertThat(validate(1, step("speech_duration_measurement", null)).natives())
                .containsExactly(NativeCapability.SILERO_VAD);
        assertThat(validate(1, step("noise_reduce", null), step("speech_duration_measurement", null),
                step("check_segments", Map.of("manual_segments", SEGMENTS))).natives())
                .containsExactlyInAnyOrderElementsOf(NativeCapability.TRANSCRIPTION);
    }

    @Test
    void acceptsEverySpeechComponentWithDefaultsAndWithEveryParam() {
        PipelinePlan plan = validate(2,
                step("transcribe", null),
                step("transcribe", Map.of("language", "en-US")),
                step("speech_fluency_check", Map.of()),
                step("speech_fluency_check", Map.of("min_words_per_minute", 80, "max_words_per_minute", 220,
                        "max_pause_seconds", 2.5, "max_filler_ratio", 0.05, "min_pause_ms", 300, "count_like", true,
                        "language", "en", "min_silence_duration_ms", 100)),
                step("check_segments", Map.of("manual_segments", SEGMENTS)),
                step("check_segments", Map.of("manual_segments", SEGMENTS, "edge_tolerance_ms", 50,
                        "language", "english", "threshold", 0.4)),
                step("fix_manual_segments", Map.of("manual_segments", SEGMENTS)),
                step("fix_manual_segments", Map.of("manual_segments", SEGMENTS, "max_shift_seconds", 0.5,
                        "edge_tolerance_ms", 20, "min_pause_ms", 200, "language", "en")),
                step("speech_similarity", null),
                step("speech_similarity", Map.of("language", "en", "threshold", 0.5, "min_speech_duration_ms", 250,
                        "min_silence_duration_ms", 100, "speech_pad_ms", 0)));
        assertThat(plan.steps()).hasSize(10);
    }

    @Test
    void rejectsUnknownKeysAndBadValuesOfEveryStepAtOnce() {
        InvalidPlanException e = invalid(2,
                step("transcribe", Map.of("model", "large")),
                step("transcribe", Map.of("language", "fr")),
                step("speech_fluency_check", Map.of("max_pause", 3)),
                step("check_segments", Map.of("manual_segments", SEGMENTS, "tolerance", 1)),
                step("check_segments", Map.of()),
                step("fix_manual_segments", Map.of("manual_segments", SEGMENTS, "max_shift", 1)),
                step("fix_manual_segments", Map.of("manual_segments", List.of(List.of(0, 2), List.of(1, 3)))),
                step("speech_similarity", Map.of("speaker_method", "x")));
        assertThat(e.problems()).extracting(Problem::stepIndex).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("model", "language", "max_pause",
                "tolerance", "manual_segments", "max_shift", "manual_segments", "speaker_method");
        assertThat(e.problems().get(0).message()).contains("unknown parameter", "known: [language]");
        assertThat(e.problems().get(1).describe())
                .contains("components[1] (transcribe) params.language", "supported languages: en");
    }

    @Test
    void speechSimilarityNeedsTwoFiles() {
        InvalidPlanException e = invalid(1, step("transcribe", null), step("speech_similarity", null));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.stepIndex()).isEqualTo(1);
            assertThat(p.message()).contains("needs at least 2 uploaded files");
        });
    }

    @Test
    void runsInAPipelineWithoutTouchingTheWorkingAudio() throws Exception {
        PcmFile input = SpeechFixtures.load("gb-female-140-16k.wav", dir);
        PipelinePlan plan = validate(1, step("transcribe", null), step("speech_fluency_check", null),
                step("check_segments", Map.of("manual_segments", List.of(List.of(0.2, 2.4), List.of(2.5, 3.1)))));
        Path work = Files.createDirectories(dir.resolve("run"));
        List<Double> progress = new ArrayList<>();
        PipelineRun run = new PipelineRunner().run(plan, List.of(input), work, Cancellation.none(), progress::add);

        assertThat(run.finalAudio()).isEqualTo(input);
        assertThat(run.steps()).extracting(StepResult::componentId)
                .containsExactly("transcribe", "speech_fluency_check", "check_segments");
        assertThat(run.steps()).allSatisfy(step -> assertThat(step.output().audio()).isNull());
        assertThat(run.steps().get(0).output().artifacts()).extracting(Artifact::file)
                .allSatisfy(file -> assertThat(file).startsWith(work).isRegularFile());
        assertThat(run.steps().get(2).output().metrics()).containsEntry("segments_without_speech", List.of(1));
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    private static StepSpec step(String id, Object params) {
        return new StepSpec(id, params);
    }

    private PipelinePlan validate(int files, StepSpec... steps) {
        return PipelinePlan.validate(Arrays.asList(steps), files, registry, 20);
    }

    private InvalidPlanException invalid(int files, StepSpec... steps) {
        return catchThrowableOfType(() -> validate(files, steps), InvalidPlanException.class);
    }
}
