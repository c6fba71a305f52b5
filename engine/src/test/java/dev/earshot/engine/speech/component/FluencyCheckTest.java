package dev.earshot.engine.speech.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.WordErrorRate;
import dev.earshot.engine.speech.transcript.Word;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FluencyCheckTest {

    @TempDir
    Path dir;

    private final FluencyCheck component = new FluencyCheck(TestSpeechModels.shared());

    @Test
    void ratesFollowTheWordsOverTheDurationAndOverTheSpeechTime() {
        PcmFile audio = SpeechFixtures.load("us-male-160-16k.wav", dir);
        Map<String, Object> metrics = Steps.metrics(component, Map.of(), dir, audio);
        System.out.println("speech_fluency_check us-male: " + metrics);
        assertThat(metrics).containsOnlyKeys("duration_seconds", "speech_seconds", "speech_ratio", "word_count",
                "words_per_minute", "speech_words_per_minute", "pause_count", "pause_mean_seconds",
                "pause_longest_seconds", "pause_total_seconds", "filler_count", "filler_ratio", "fillers", "passed",
                "failures");
        int words = (Integer) metrics.get("word_count");
        double duration = audio.durationSeconds();
        double speech = (Double) metrics.get("speech_seconds");
        int referenceWords = WordErrorRate.normalize(SpeechFixtures.transcripts().get("us-male-160-16k.wav")).size();
        assertThat(words).isBetween(referenceWords - 3, referenceWords + 3);
        assertThat((Double) metrics.get("words_per_minute")).isCloseTo(words * 60 / duration, within(0.05))
                .isCloseTo(referenceWords * 60 / duration, within(0.15 * referenceWords * 60 / duration));
        assertThat((Double) metrics.get("speech_words_per_minute")).isCloseTo(words * 60 / speech, within(0.1));
        double knownSpeech = known("us-male-160-16k.wav");
        assertThat(speech).isCloseTo(knownSpeech, within(0.4));
        assertThat((Double) metrics.get("speech_ratio")).isCloseTo(speech / duration, within(0.001));
        assertThat(metrics).containsEntry("pause_count", 2).containsEntry("filler_count", 0)
                .containsEntry("passed", true).containsEntry("failures", List.of());
    }

    /**
     * us-male (sentences 0.8 s and 1.2 s apart), 2.5 s of silence, gb-female (1.0 s and 0.6 s apart): five
     * pauses, the longest being the 0.46 s tail of the first file, the silence and the 0.3 s lead of the second.
     */
    @Test
    void countsTheKnownPausesAndTheLongestOneDecidesTheCheck() {
        PcmFile first = SpeechFixtures.load("us-male-160-16k.wav", dir);
        PcmFile second = SpeechFixtures.load("gb-female-140-16k.wav", dir);
        PcmFile joined = SpeechFixtures.concatenate(dir.resolve("joined.pcm"),
                List.of(first, SpeechFixtures.silence(dir.resolve("gap.pcm"), AudioFormat.SPEECH, 2.5), second));
        double longest = first.durationSeconds() - last("us-male-160-16k.wav").end() + 2.5
                + SpeechFixtures.boundaries().get("gb-female-140-16k.wav").get(0).start();

        Map<String, Object> metrics = Steps.metrics(component, Map.of(), dir, joined);
        System.out.println("speech_fluency_check with an inserted pause of " + longest + " s: " + metrics);
        assertThat(metrics).containsEntry("pause_count", 5).containsEntry("passed", false);
        assertThat((Double) metrics.get("pause_longest_seconds")).isCloseTo(longest, within(0.2));
        assertThat((Double) metrics.get("pause_total_seconds")).isCloseTo(longest + 0.8 + 1.2 + 1.0 + 0.6, within(0.5));
        assertThat(Steps.objects(metrics, "failures")).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("check", "max_pause_seconds").containsEntry("limit", 3.0);
            assertThat((Double) f.get("value")).isEqualTo(metrics.get("pause_longest_seconds"));
        });

        Map<String, Object> lenient = Steps.metrics(component, Map.of("max_pause_seconds", 4), dir, joined);
        assertThat(lenient).containsEntry("passed", true).containsEntry("failures", List.of());
        Map<String, Object> longPausesOnly = Steps.metrics(component, Map.of("min_pause_ms", 1500), dir, joined);
        assertThat(longPausesOnly).containsEntry("pause_count", 1);
    }

    @Test
    void rateThresholdsFlipTheResult() {
        PcmFile audio = SpeechFixtures.load("us-male-160-16k.wav", dir);
        Map<String, Object> slowLimit = Steps.metrics(component, Map.of("min_words_per_minute", 150), dir, audio);
        assertThat(slowLimit).containsEntry("passed", false);
        assertThat(Steps.objects(slowLimit, "failures")).extracting(f -> f.get("check"))
                .containsExactly("min_words_per_minute");
        Map<String, Object> fastLimit = Steps.metrics(component, Map.of("max_words_per_minute", 120), dir, audio);
        assertThat(Steps.objects(fastLimit, "failures")).extracting(f -> f.get("check"))
                .containsExactly("max_words_per_minute");
    }

    @Test
    void silenceHasNoRateAndFailsTheMinimum() {
        PcmFile silence = SpeechFixtures.silence(dir.resolve("s.pcm"), new AudioFormat(8000, 1), 4);
        Map<String, Object> metrics = Steps.metrics(component, Map.of(), dir, silence);
        assertThat(metrics).containsEntry("word_count", 0).containsEntry("words_per_minute", 0.0)
                .containsEntry("speech_words_per_minute", 0.0).containsEntry("speech_ratio", 0.0)
                .containsEntry("pause_count", 0).containsEntry("pause_longest_seconds", 0.0)
                .containsEntry("passed", false);
        assertThat(Steps.objects(metrics, "failures")).extracting(f -> f.get("check"))
                .containsExactly("min_words_per_minute");
        assertThat(Steps.metrics(component, Map.of("min_words_per_minute", 0), dir, silence))
                .containsEntry("passed", true);
    }

    @Test
    void fillersAreCountedAndTheirRatioIsChecked() {
        List<Word> words = words("so uh i think you know it is like um fine i mean");
        FluencyParams defaults = Steps.parse(component, Map.of());
        Map<String, Object> metrics = FluencyCheck.metrics(words, 5, 6.0, defaults);
        assertThat(Steps.objects(metrics, "fillers")).extracting(f -> f.get("text"))
                .containsExactly("uh", "you know", "um", "i mean");
        assertThat(metrics).containsEntry("filler_count", 4).containsEntry("filler_ratio", 0.308);
        assertThat(Steps.objects(metrics, "failures")).extracting(f -> f.get("check"))
                .containsExactly("max_filler_ratio");
        FluencyParams withLike = Steps.parse(component, Map.of("count_like", true, "max_filler_ratio", 0.5));
        Map<String, Object> counted = FluencyCheck.metrics(words, 5, 6.0, withLike);
        assertThat(counted).containsEntry("filler_count", 5).containsEntry("passed", true);
    }

    @Test
    void pausesAreGapsBetweenWordsFromTheMinimumOn() {
        List<Word> words = List.of(new Word("a", 1.0, 1.2, 1), new Word("b", 1.45, 1.6, 1),
                new Word("c", 1.7, 2.0, 1), new Word("d", 3.0, 3.2, 1));
        assertThat(Pauses.of(words, 0.25)).satisfies(p -> {
            assertThat(p.count()).isEqualTo(2);
            assertThat(p.longestSeconds()).isCloseTo(1.0, within(1e-9));
            assertThat(p.meanSeconds()).isCloseTo(0.625, within(1e-9));
            assertThat(p.totalSeconds()).isCloseTo(1.25, within(1e-9));
        });
        assertThat(Pauses.of(words, 0.3).count()).isEqualTo(1);
        assertThat(Pauses.of(List.of(), 0.25)).isEqualTo(new Pauses(0, 0, 0, 0));
    }

    @Test
    void paramsAreCheckedTogether() {
        assertThat(Steps.parse(component, Map.of())).isEqualTo(
                new FluencyParams(90, 200, 3.0, 0.1, 250, false, "en", new VadParams(0.5, 250, 100, 30)));
        assertThat(Steps.problems(component, Map.of("min_words_per_minute", 210))).singleElement()
                .extracting(Problem::message).asString().contains("must not exceed max_words_per_minute");
        assertThat(Steps.problems(component, Map.of("max_filler_ratio", 2, "language", "es", "pause", 1)))
                .extracting(Problem::field).containsExactly("max_filler_ratio", "language", "pause");
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        double t = 0;
        for (String word : text.split(" ")) {
            words.add(new Word(word, t, t + 0.3, 1));
            t += 0.4;
        }
        return words;
    }

    private static double known(String file) {
        return SpeechFixtures.boundaries().get(file).stream().mapToDouble(TimeRange::length).sum();
    }

    private static TimeRange last(String file) {
        List<TimeRange> spans = SpeechFixtures.boundaries().get(file);
        return spans.get(spans.size() - 1);
    }
}
