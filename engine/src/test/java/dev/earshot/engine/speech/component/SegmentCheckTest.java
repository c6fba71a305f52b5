package dev.earshot.engine.speech.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On us-male-160-16k.wav: speech 0.5-1.919 s ("the weather is nice today"), a pause to 2.719 s, then more
 * speech; Vosk puts "weather" at about 0.64-0.97 s and "today" at about 1.42-1.96 s.
 */
class SegmentCheckTest {

    @TempDir
    Path dir;

    private final SegmentCheck component = new SegmentCheck(TestSpeechModels.shared());

    @Test
    void findsSegmentsWithoutSpeechAndEdgesInsideWords() {
        PcmFile audio = SpeechFixtures.load("us-male-160-16k.wav", dir);
        Map<String, Object> metrics = Steps.metrics(component, Map.of("manual_segments",
                List.of(List.of(2.05, 2.6), List.of(0.8, 1.7), List.of(0.3, 2.3), List.of(0, 0.4))), dir, audio);
        System.out.println("check_segments: " + metrics);
        List<Map<String, Object>> segments = Steps.objects(metrics, "segments");
        assertThat(segments).hasSize(4).allSatisfy(s -> assertThat(s).containsOnlyKeys("index", "start", "end",
                "speech_seconds", "speech_coverage", "has_speech", "word_count", "cuts_word_at_start",
                "cuts_word_at_end", "word_cut_at_start", "word_cut_at_end"));

        assertThat(segments.get(0)).containsEntry("index", 0).containsEntry("start", 2.05).containsEntry("end", 2.6)
                .containsEntry("speech_seconds", 0.0).containsEntry("speech_coverage", 0.0)
                .containsEntry("has_speech", false).containsEntry("word_count", 0)
                .containsEntry("cuts_word_at_start", false).containsEntry("cuts_word_at_end", false);
        assertThat(segments.get(1)).containsEntry("speech_coverage", 1.0).containsEntry("has_speech", true)
                .containsEntry("cuts_word_at_start", true).containsEntry("word_cut_at_start", "weather")
                .containsEntry("cuts_word_at_end", true).containsEntry("word_cut_at_end", "today");
        assertThat(segments.get(2)).containsEntry("has_speech", true).containsEntry("word_count", 5)
                .containsEntry("cuts_word_at_start", false).containsEntry("cuts_word_at_end", false)
                .containsEntry("word_cut_at_start", null);
        assertThat((Double) segments.get(2).get("speech_coverage")).isBetween(0.65, 0.8);
        assertThat(segments.get(3)).containsEntry("has_speech", false);
        assertThat(metrics).containsEntry("segments_without_speech", List.of(0, 3))
                .containsEntry("segments_cutting_words", List.of(1)).containsEntry("passed", false);
    }

    @Test
    void theKnownSentencesPassWithALittlePadding() {
        for (String file : List.of("gb-female-140-16k.wav", "us-female-190-11k.wav")) {
            PcmFile audio = SpeechFixtures.load(file, dir);
            List<List<Double>> sentences = new ArrayList<>();
            for (TimeRange span : SpeechFixtures.boundaries().get(file)) {
                sentences.add(List.of(span.start() - 0.1, span.end() + 0.1));
            }
            Map<String, Object> metrics = Steps.metrics(component, Map.of("manual_segments", sentences), dir, audio);
            assertThat(metrics).as(file + ": " + metrics).containsEntry("passed", true);
            assertThat(Steps.objects(metrics, "segments"))
                    .allSatisfy(s -> assertThat((Double) s.get("speech_coverage")).isGreaterThan(0.8));
        }
    }

    @Test
    void segmentsAreRequired() {
        assertThat(Steps.problems(component, Map.of())).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("manual_segments");
            assertThat(p.message()).contains("at least one");
        });
        assertThat(Steps.problems(component, Map.of("manual_segments", List.of()))).hasSize(1);
        assertThat(Steps.problems(component, Map.of("manual_segments", List.of(List.of(3, 1)))))
                .extracting(Problem::field).contains("manual_segments[0]");
        assertThat(Steps.problems(component, Map.of("manual_segments", List.of(List.of(0, 1)), "segments", 1)))
                .extracting(Problem::field).containsExactly("segments");
        assertThat(Steps.parse(component, Map.of("manual_segments", List.of(List.of(4, 5), List.of(0, 1)),
                "edge_tolerance_ms", 50, "threshold", 0.4)))
                .isEqualTo(new SegmentCheckParams(List.of(new TimeRange(4, 5), new TimeRange(0, 1)), 50, "en",
                        new VadParams(0.4, 250, 100, 30)));
    }
}
