package dev.earshot.engine.intel.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.ComponentUnavailableException;
import dev.earshot.engine.error.InvalidPlanException;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.language.llm.ChatStandIn;
import dev.earshot.engine.language.translate.Apertium;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.component.Steps;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextComponentsTest {

    private static final String SPANISH = "el tiempo es muy bueno hoy y vamos a la playa con mis amigos";

    @TempDir
    Path dir;

    private static ComponentRegistry registry(IntelTools tools) {
        return ComponentRegistry.of(IntelComponents.all(TestSpeechModels.shared(), tools));
    }

    private static void plan(ComponentRegistry registry, String id, Map<String, ?> params) {
        PipelinePlan.validate(List.of(new StepSpec(id, params)), 1, registry, 20);
    }

    @Test
    void aGivenTextNeedsNoSpeechModelsWhileTheTranscriptNeedsTheVadAndVosk() {
        ComponentRegistry registry = registry(TestIntelTools.none());

        assertThat(natives(registry, "detect_language", Map.of("text", SPANISH))).isEmpty();
        assertThat(natives(registry, "detect_language", Map.of()))
                .containsExactlyInAnyOrderElementsOf(NativeCapability.TRANSCRIPTION);
        assertThat(natives(registry, "sentiment", Map.of()))
                .containsExactlyInAnyOrderElementsOf(NativeCapability.TRANSCRIPTION);
    }

    private static Set<NativeCapability> natives(ComponentRegistry registry, String id, Map<String, ?> params) {
        return PipelinePlan.validate(List.of(new StepSpec(id, params)), 1, registry, 20).natives();
    }

    @Test
    void detectLanguageNamesTheLanguageOfAGivenTextAndOfTheTranscript() {
        ComponentRegistry registry = registry(TestIntelTools.none());
        PcmFile speech = SpeechFixtures.load("us-male-160-16k.wav", dir);

        Map<String, Object> text = Steps.metrics(registry.find("detect_language").orElseThrow(),
                Map.of("text", SPANISH), dir, speech);
        Map<String, Object> transcript = Steps.metrics(registry.find("detect_language").orElseThrow(), Map.of(), dir,
                speech);

        assertThat(text).containsEntry("language", "es").containsEntry("iso639_3", "spa")
                .containsEntry("name", "Spanish").containsEntry("source", "text");
        assertThat(transcript).containsEntry("language", "en").containsEntry("source", "transcript")
                .containsEntry("determined", true);
    }

    @Test
    void translateUsesApertiumForTheTranscriptWhenThePairIsInstalled() {
        assumeThat(Apertium.detect().mode("eng", "spa")).as("apertium-eng-spa installed (.ci/run installs it)")
                .isPresent();
        ComponentRegistry registry = registry(TestIntelTools.installed());
        PcmFile speech = SpeechFixtures.load("us-male-160-16k.wav", dir);

        Map<String, Object> metrics = Steps.metrics(registry.find("translate").orElseThrow(), Map.of("target", "es"),
                dir, speech);

        assertThat(metrics).containsEntry("source", "eng").containsEntry("target", "spa")
                .containsEntry("method", "apertium").containsEntry("origin", "transcript");
        assertThat(metrics.get("text").toString()).containsAnyOf("tiempo", "hoy", "informe", "por favor");
    }

    @Test
    void translateIdentifiesTheLanguageOfAGivenText() {
        assumeThat(Apertium.detect().mode("spa", "eng")).isPresent();
        ComponentRegistry registry = registry(TestIntelTools.installed());

        Map<String, Object> metrics = Steps.metrics(registry.find("translate").orElseThrow(),
                Map.of("text", SPANISH, "target", "en"), dir, SpeechFixtures.load("us-male-160-16k.wav", dir));

        assertThat(metrics).containsEntry("source", "spa").containsEntry("method", "apertium");
        assertThat(metrics.get("text").toString().toLowerCase()).contains("beach").contains("friends");
    }

    @Test
    void aPairNoToolCanTranslateIsRefusedBeforeTheRunWithWhatToInstall() {
        ComponentRegistry registry = registry(TestIntelTools.none());

        assertThatThrownBy(() -> plan(registry, "translate", Map.of("target", "es")))
                .isInstanceOfSatisfying(ComponentUnavailableException.class, e -> assertThat(e.reason())
                        .contains("apertium-eng-spa").contains("EARSHOT_LLM_BASE_URL"));
        assertThatThrownBy(() -> plan(registry, "paraphrase", Map.of()))
                .isInstanceOfSatisfying(ComponentUnavailableException.class, e -> assertThat(e.reason())
                        .contains("EARSHOT_LLM_BASE_URL").contains("apertium"));
        assertThatThrownBy(() -> plan(registry, "summarize", Map.of("method", "llm")))
                .isInstanceOfSatisfying(ComponentUnavailableException.class, e -> assertThat(e.reason())
                        .contains("EARSHOT_LLM_BASE_URL"));
    }

    @Test
    void problemsOfThePlanAreReportedBeforeAStepThatCannotRunHere() {
        ComponentRegistry registry = registry(TestIntelTools.none());
        List<StepSpec> steps = List.of(new StepSpec("translate", Map.of("target", "fi")),
                new StepSpec("diarize", Map.of("num_speakers", 0)));

        assertThatThrownBy(() -> PipelinePlan.validate(steps, 1, registry, 20))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("num_speakers"));
    }

    @Test
    void anUnknownIdIsAProblemThatListsTheCatalogAndTheRegisteredIds() {
        ComponentRegistry registry = registry(TestIntelTools.none());

        assertThatThrownBy(() -> plan(registry, "diarise", Map.of()))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("unknown component_id 'diarise'", "noise_reduce", "diarize", "paraphrase"));
    }

    @Test
    void badLanguageCodesAndAMissingTargetAreProblemsOfThePlan() {
        ComponentRegistry registry = registry(TestIntelTools.none());

        List<Problem> problems = Steps.problems(registry.find("translate").orElseThrow(),
                Map.of("source", "klingon", "text", ""));

        assertThat(problems).extracting(Problem::field).containsExactlyInAnyOrder("text", "source", "target");
    }

    @Test
    void paraphraseBackTranslatesThroughAnInstalledPair() {
        assumeThat(Apertium.detect().mode("spa", "eng")).isPresent();
        ComponentRegistry registry = registry(TestIntelTools.installed());

        Map<String, Object> metrics = Steps.metrics(registry.find("paraphrase").orElseThrow(),
                Map.of("text", "i would like to cancel my subscription because the service is too expensive"), dir,
                SpeechFixtures.load("us-male-160-16k.wav", dir));

        assertThat(metrics).containsEntry("method", "back-translation").containsEntry("pivot", "spa")
                .containsEntry("language", "eng");
        assertThat(metrics.get("text").toString()).contains("subscription").doesNotContain("  ");
    }

    @Test
    void theLlmEndpointSummarizesWithTheContextAndParaphrases() {
        try (ChatStandIn llm = new ChatStandIn().answering(r -> "the caller asked about the weather report")) {
            ComponentRegistry registry = registry(TestIntelTools.llm(llm.baseUrl()));
            PcmFile speech = SpeechFixtures.load("us-male-160-16k.wav", dir);

            Map<String, Object> summary = Steps.metrics(registry.find("summarize").orElseThrow(),
                    Map.of("context", "focus on deadlines"), dir, speech);
            Map<String, Object> paraphrase = Steps.metrics(registry.find("paraphrase").orElseThrow(), Map.of(), dir,
                    speech);

            assertThat(summary).containsEntry("method", "llm").containsEntry("context_used", true)
                    .containsEntry("summary", "the caller asked about the weather report");
            assertThat(llm.received().get(0).body()).contains("focus on deadlines").contains("weather");
            assertThat(paraphrase).containsEntry("method", "llm");
            assertThat(llm.received()).hasSize(2);
        }
    }
}
