package dev.earshot.engine.speech.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechDurationMeasurementTest {

    @TempDir
    Path dir;

    private final SpeechDurationMeasurement component = new SpeechDurationMeasurement(TestSpeechModels.shared());

    private double measure(PcmFile audio, Map<String, Object> params) {
        List<Problem> problems = new ArrayList<>();
        VadParams parsed = component.parseParams(new ParamReader(0, component.id(), params, problems));
        assertThat(problems).isEmpty();
        StepOutput output = component.run(StepContext.standalone(audio, List.of(audio), dir), parsed);
        assertThat(output.audio()).isNull();
        assertThat(output.audios()).isEmpty();
        assertThat(output.metrics()).containsOnlyKeys("speech_duration_seconds");
        return (Double) output.metrics().get("speech_duration_seconds");
    }

    @Test
    void digitalSilenceIsExactlyZero() {
        assertThat(measure(SpeechFixtures.silence(dir.resolve("s.pcm"), new AudioFormat(44_100, 2), 10), Map.of()))
                .isEqualTo(0.0);
    }

    @Test
    void whiteNoiseIsNearZero() {
        PcmFile noise = SpeechFixtures.noise(dir.resolve("n.pcm"), new AudioFormat(48_000, 1), 10, 0.3f, 11);
        double seconds = measure(noise, Map.of());
        System.out.println("speech_duration_seconds on 10 s of white noise: " + seconds);
        assertThat(seconds).isLessThan(0.5);
    }

    /**
     * Each fixture holds three sentences separated by known silences; the measured total is the known speech
     * plus 2 x 30 ms padding per sentence, plus Silero's late ends (measured: +0.04 to +0.08 s per file).
     */
    @Test
    void speechWithKnownPausesMeasuresTheSentences() {
        for (Map.Entry<String, List<TimeRange>> fixture : SpeechFixtures.boundaries().entrySet()) {
            PcmFile audio = SpeechFixtures.load(fixture.getKey(), dir);
            double known = fixture.getValue().stream().mapToDouble(TimeRange::length).sum();
            double expected = known + fixture.getValue().size() * 0.060;
            double measured = measure(audio, Map.of("threshold", 0.5, "min_speech_duration_ms", 250,
                    "min_silence_duration_ms", 100, "speech_pad_ms", 30));
            System.out.printf("speech_duration_seconds %s: %.3f (known speech %.3f, +padding %.3f)%n",
                    fixture.getKey(), measured, known, expected);
            assertThat(measured).isCloseTo(expected, within(0.25));
            assertThat(measured).isLessThan(audio.durationSeconds() - 1.5);
        }
    }

    @Test
    void paramsFollowTheSeed() {
        assertThat(parse(Map.of())).isEqualTo(new VadParams(0.5, 250, 100, 30));
        assertThat(problems(Map.of("threshold", 1.5))).singleElement().extracting(Problem::field).isEqualTo("threshold");
        assertThat(problems(Map.of("threshold", "high"))).hasSize(1);
        assertThat(problems(Map.of("speech_pad_ms", -1))).hasSize(1);
        assertThat(problems(Map.of("min_speech_duration_ms", 250.5))).hasSize(1);
        assertThat(problems(Map.of("window_size_samples", 512))).singleElement()
                .extracting(Problem::message).asString().startsWith("unknown parameter");
        assertThat(problems(Map.of("threshold", 0, "min_speech_duration_ms", 0, "min_silence_duration_ms", 0,
                "speech_pad_ms", 0))).isEmpty();
    }

    @Test
    void isListedWithTheOtherSpeechComponents() {
        List<Component<?>> all = SpeechComponents.all(TestSpeechModels.shared());
        assertThat(all).extracting(Component::id).contains("speech_duration_measurement");
    }

    private VadParams parse(Map<String, Object> params) {
        return component.parseParams(new ParamReader(0, component.id(), params, new ArrayList<>()));
    }

    private List<Problem> problems(Map<String, Object> params) {
        List<Problem> problems = new ArrayList<>();
        component.parseParams(new ParamReader(0, component.id(), params, problems));
        return problems;
    }
}
