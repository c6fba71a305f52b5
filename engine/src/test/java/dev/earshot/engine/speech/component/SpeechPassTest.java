package dev.earshot.engine.speech.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.component.StandardComponents;
import dev.earshot.engine.pipeline.Cancellation;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRun;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.pipeline.StepResult;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.SpeechProgress;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.Transcriber;
import dev.earshot.engine.speech.TranscriptionSettings;
import dev.earshot.engine.speech.VadSettings;
import dev.earshot.engine.speech.VoiceActivityDetector;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Word;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transcripts and speech segments a run's steps share: counted with model doubles through the real runner,
 * and compared with steps run alone on the real models.
 */
class SpeechPassTest {

    private static final List<List<Double>> SEGMENTS = List.of(List.of(0.2, 2.4), List.of(3.2, 5.5));

    @TempDir
    Path dir;

    private final List<String> transcribed = new ArrayList<>();
    private final List<String> detected = new ArrayList<>();
    private final ComponentRegistry registry = registry(new Asking());

    @Test
    void stepsOfOneRunAskingForTheSameAudioAndSettingsRunTheModelsOnce() {
        PcmFile input = tone("input.pcm");

        run(input, ask("en", 0.5), ask("en", 0.5), ask("en", 0.5));

        assertThat(transcribed).containsExactly("input.pcm en");
        assertThat(detected).containsExactly("input.pcm 0.5");
    }

    @Test
    void anotherLanguageOrOtherVadSettingsComputeAgain() {
        PcmFile input = tone("input.pcm");

        run(input, ask("en", 0.5), ask("fr", 0.5), ask("en", 0.3), ask("fr", 0.3));

        assertThat(transcribed).containsExactly("input.pcm en", "input.pcm fr");
        assertThat(detected).containsExactly("input.pcm 0.5", "input.pcm 0.3");
    }

    @Test
    void aStepThatChangesTheWorkingAudioMakesTheNextStepsMiss() {
        PcmFile input = tone("input.pcm");

        run(input, ask("en", 0.5), new StepSpec("slice_audio", Map.of("ranges", List.of(List.of(0, 1)))),
                ask("en", 0.5), ask("en", 0.5));

        assertThat(transcribed).containsExactly("input.pcm en", "step1-slice0.pcm en");
        assertThat(detected).containsExactly("input.pcm 0.5", "step1-slice0.pcm 0.5");
    }

    @Test
    void anotherRunComputesAgain() {
        PcmFile input = tone("input.pcm");

        run(input, ask("en", 0.5));
        run(input, ask("en", 0.5));

        assertThat(transcribed).hasSize(2);
        assertThat(detected).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void stepsSharingTheTranscriptOfTheRealModelsReportWhatTheyReportAlone() throws Exception {
        PcmFile input = SpeechFixtures.load("gb-female-140-16k.wav", dir);
        List<Component<?>> speech = SpeechComponents.all(TestSpeechModels.shared());
        ComponentRegistry real = registry(speech.toArray(Component<?>[]::new));
        List<StepSpec> steps = List.of(new StepSpec("speech_fluency_check", Map.of()),
                new StepSpec("check_segments", Map.of("manual_segments", SEGMENTS)),
                new StepSpec("transcribe", Map.of()), new StepSpec("speech_duration_measurement", Map.of()));

        Path work = Files.createDirectories(dir.resolve("run"));
        PipelineRun run = new PipelineRunner().run(PipelinePlan.validate(steps, 1, real, 20), List.of(input), work,
                Cancellation.none(), f -> { });

        assertThat(run.steps()).hasSize(steps.size());
        for (StepResult step : run.steps()) {
            Component<?> component = real.find(step.componentId()).orElseThrow();
            Path alone = Files.createDirectories(dir.resolve("alone" + step.index()));
            Map<String, ?> params = (Map<String, ?>) steps.get(step.index()).params();
            assertThat(step.output().metrics()).as(step.componentId())
                    .isEqualTo(Steps.metrics(component, params, alone, input));
        }
    }

    private void run(PcmFile input, StepSpec... steps) {
        PipelinePlan plan = PipelinePlan.validate(List.of(steps), 1, registry, 20);
        new PipelineRunner().run(plan, List.of(input), dir, Cancellation.none(), f -> { });
    }

    private static StepSpec ask(String language, double threshold) {
        return new StepSpec(Asking.ID, Map.of("language", language, "threshold", threshold));
    }

    private static ComponentRegistry registry(Component<?>... extra) {
        List<Component<?>> all = new ArrayList<>(StandardComponents.all());
        all.addAll(List.of(extra));
        return ComponentRegistry.of(all);
    }

    private PcmFile tone(String name) {
        return SpeechFixtures.sine(dir.resolve(name), new AudioFormat(16_000, 1), 2, 440, 0.3f);
    }

    private static String name(PcmFile audio) {
        return audio.path().getFileName().toString();
    }

    record AskParams(String language, double threshold) {
    }

    /** Asks for the transcript and the speech of the working audio the way the speech components do. */
    final class Asking implements Component<AskParams> {

        static final String ID = "ask_for_speech";

        private final Transcriber transcriber = new CountingTranscriber();
        private final VoiceActivityDetector detector = (audio, settings, progress) -> {
            detected.add(name(audio) + " " + settings.threshold());
            return List.of(new TimeRange(0.1, 0.4));
        };

        @Override
        public String id() {
            return ID;
        }

        @Override
        public AskParams parseParams(ParamReader params) {
            AskParams ask = new AskParams(params.text("language", "en"), params.number("threshold", 0.5, 0, 1));
            params.rejectUnknownKeys();
            return ask;
        }

        @Override
        public StepOutput run(StepContext context, AskParams params) {
            SpeechPass pass = new SpeechPass(() -> transcriber, () -> detector, context);
            List<TimeRange> speech = pass.speech(context.working(), new VadSettings(params.threshold(), 250, 100, 30),
                    0, 0.5);
            Transcript transcript = pass.transcript(context.working(), params.language(), 0.5, 1);
            return StepOutput.metrics(Map.of("segments", speech.size(), "words", transcript.words().size()));
        }
    }

    /** Hears one word in anything, in any language, and notes what it was asked. */
    final class CountingTranscriber implements Transcriber {

        @Override
        public List<String> supportedLanguages() {
            return List.of("en", "fr");
        }

        @Override
        public Transcript transcribe(PcmFile audio, TranscriptionSettings settings, SpeechProgress progress) {
            transcribed.add(name(audio) + " " + settings.language());
            return Transcript.of(List.of(new Word("hello", 0.1, 0.4, 1)), settings.language());
        }
    }
}
