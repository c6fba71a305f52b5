package dev.earshot.engine.intel.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.Cancellation;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRun;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.component.Steps;
import dev.earshot.engine.speech.diarization.DiarizationFixtures;
import dev.earshot.engine.speech.diarization.Rttm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationComponentsTest {

    @TempDir
    Path dir;

    private final IntelTools tools = TestIntelTools.installed();
    private final ComponentRegistry registry = ComponentRegistry.of(IntelComponents.all(TestSpeechModels.shared(),
            tools));

    @Test
    void diarizePutsASpeakerOnEveryWordAndWritesTheTurnsAsRttm() throws Exception {
        PcmFile call = DiarizationFixtures.audio("two-speakers", dir);

        var output = Steps.run(registry.find("diarize").orElseThrow(), Map.of(), dir, call);

        Map<String, Object> metrics = output.metrics();
        assertThat(metrics.get("speaker_count")).isEqualTo(2);
        assertThat(Steps.objects(metrics, "speakers")).extracting(s -> s.get("speaker")).containsExactly("S1", "S2");
        List<Map<String, Object>> words = Steps.objects(metrics, "words");
        assertThat(words).hasSizeGreaterThan(40).allSatisfy(w -> assertThat(w.get("speaker")).isIn("S1", "S2"));
        List<Map<String, Object>> utterances = Steps.objects(metrics, "utterances");
        assertThat(utterances).extracting(u -> u.get("speaker")).contains("S1", "S2");
        assertThat(utterances.get(0).get("text").toString()).contains("morning");
        Path rttm = output.artifacts().stream().filter(a -> a.name().equals("rttm")).map(Artifact::file)
                .findFirst().orElseThrow();
        assertThat(Rttm.parse(Files.readString(rttm))).hasSize(Steps.objects(metrics, "turns").size());
    }

    @Test
    void aFixedSpeakerCountIsHonouredAndContradictoryBoundsAreProblems() {
        PcmFile call = DiarizationFixtures.audio("two-speakers", dir);

        Map<String, Object> metrics = Steps.metrics(registry.find("diarize").orElseThrow(),
                Map.of("num_speakers", 3), dir, call);

        assertThat(metrics.get("speaker_count")).isEqualTo(3);
        List<Problem> problems = Steps.problems(registry.find("diarize").orElseThrow(),
                Map.of("num_speakers", 4, "max_speakers", 2));
        assertThat(problems).extracting(Problem::field).containsExactly("num_speakers");
        assertThat(Steps.problems(registry.find("diarize").orElseThrow(), Map.of("num_speakers", 11)))
                .extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("between 1"));
    }

    @Test
    void sentimentScoresEachUtteranceAndEachSpeakerOfTheCall() {
        PcmFile call = DiarizationFixtures.audio("two-speakers", dir);

        Map<String, Object> metrics = Steps.metrics(registry.find("sentiment").orElseThrow(),
                Map.of("by_speaker", true), dir, call);

        @SuppressWarnings("unchecked")
        Map<String, Object> overall = (Map<String, Object>) metrics.get("overall");
        assertThat(overall.get("label")).isIn("POSITIVE", "NEUTRAL", "NEGATIVE");
        List<Map<String, Object>> utterances = Steps.objects(metrics, "utterances");
        assertThat(utterances).isNotEmpty().allSatisfy(u -> {
            assertThat(u).containsKeys("start", "end", "text", "label", "score", "speaker");
            assertThat((Double) u.get("score")).isBetween(-1.0, 1.0);
        });
        Map<String, Object> sorry = utterances.stream().filter(u -> u.get("text").toString().contains("sorry"))
                .findFirst().orElseThrow();
        assertThat(sorry.get("label")).isEqualTo("NEGATIVE");
        assertThat(Steps.objects(metrics, "speakers")).extracting(s -> s.get("speaker")).containsExactly("S1", "S2");
    }

    @Test
    void anExtractiveSummaryIsCutFromTheCallInTimeOrder() {
        PcmFile call = DiarizationFixtures.audio("two-speakers", dir);

        Map<String, Object> metrics = Steps.metrics(registry.find("summarize").orElseThrow(),
                Map.of("max_sentences", 2, "by_speaker", true), dir, call);

        assertThat(metrics.get("method")).isEqualTo("textrank");
        assertThat(metrics.get("context_used")).isEqualTo(false);
        List<Map<String, Object>> sentences = Steps.objects(metrics, "sentences");
        assertThat(sentences).hasSizeBetween(1, 2);
        assertThat(sentences).allSatisfy(s -> assertThat(s.get("speaker")).isIn("S1", "S2"));
        assertThat(sentences).extracting(s -> (Double) s.get("start")).isSorted();
        String prose = metrics.get("summary").toString().toLowerCase().replaceAll("[^a-z ]", "");
        for (Map<String, Object> sentence : sentences) {
            assertThat(prose).contains(sentence.get("text").toString());
        }
    }

    @Test
    void sentimentAndSummaryOfOneRunUseTheSpeakersThatDiarizeFound() {
        PcmFile call = DiarizationFixtures.audio("two-speakers", dir);
        List<StepSpec> steps = List.of(new StepSpec("diarize", Map.of()),
                new StepSpec("sentiment", Map.of("by_speaker", true)),
                new StepSpec("summarize", Map.of("by_speaker", true)));

        PipelineRun run = new PipelineRunner().run(PipelinePlan.validate(steps, 1, registry, 20), List.of(call), dir,
                Cancellation.none(), fraction -> { });

        List<Map<String, Object>> diarized = Steps.objects(run.steps().get(0).output().metrics(), "utterances");
        List<Map<String, Object>> scored = Steps.objects(run.steps().get(1).output().metrics(), "utterances");
        assertThat(scored).extracting(u -> u.get("speaker") + ":" + u.get("text"))
                .containsExactlyElementsOf(diarized.stream().map(u -> u.get("speaker") + ":" + u.get("text")).toList());
        Set<String> summarySpeakers = Steps.objects(run.steps().get(2).output().metrics(), "sentences").stream()
                .map(s -> (String) s.get("speaker")).collect(Collectors.toSet());
        assertThat(summarySpeakers).isSubsetOf("S1", "S2");
    }
}
