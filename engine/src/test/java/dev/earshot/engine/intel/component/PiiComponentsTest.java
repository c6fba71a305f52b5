package dev.earshot.engine.intel.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.component.Steps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code detect_pii} and {@code redact_pii} as steps, on the synthesized call of {@code pii/call.wav}. */
@SuppressWarnings("unchecked")
class PiiComponentsTest {

    @TempDir
    static Path dir;

    private static PcmFile call;
    private final ComponentRegistry registry = ComponentRegistry.of(IntelComponents.all(TestSpeechModels.shared(),
            TestIntelTools.installed()));

    @BeforeAll
    static void loadCall() {
        call = SpeechFixtures.loadWav("/pii/call.wav", dir);
    }

    @Test
    void detectPiiListsEveryEntityOfTheCallWithItsWordsAndTimes() {
        Map<String, Object> metrics = Steps.metrics(registry.find("detect_pii").orElseThrow(), Map.of(), dir, call);

        assertThat(metrics.get("entity_count")).isEqualTo(5);
        assertThat((Map<String, Object>) metrics.get("counts")).containsOnlyKeys("PERSON", "PHONE", "EMAIL",
                "CREDIT_CARD", "DATE_OF_BIRTH");
        Map<String, Object> card = Steps.objects(metrics, "entities").stream()
                .filter(e -> e.get("type").equals("CREDIT_CARD")).findFirst().orElseThrow();
        assertThat(card).containsEntry("text", "5555555555554444").containsKeys("words", "first_word", "last_word",
                "start", "end", "confidence");
    }

    @Test
    void typesLimitWhatIsFound() {
        Map<String, Object> metrics = Steps.metrics(registry.find("detect_pii").orElseThrow(),
                Map.of("types", List.of("EMAIL", "PHONE")), dir, call);

        assertThat((Map<String, Object>) metrics.get("counts")).containsOnlyKeys("EMAIL", "PHONE");
    }

    @Test
    void redactPiiGivesNewAudioAndATaggedTranscriptWithoutTheValues() throws Exception {
        StepOutput output = redact(Map.of());

        assertThat(output.audio()).isNotNull();
        assertThat(output.audio().path()).isNotEqualTo(call.path());
        assertThat(output.audio().frames()).isEqualTo(call.frames());
        Map<String, Object> metrics = output.metrics();
        assertThat(metrics.get("entity_count")).isEqualTo(5);
        assertThat(metrics.get("failed_closed")).isEqualTo(0);
        assertThat((String) metrics.get("text")).contains("[PERSON]", "[CREDIT_CARD]", "[PHONE]", "[EMAIL]",
                "[DATE_OF_BIRTH]").doesNotContain("smith", "five five", "eighty");
        assertThat(Steps.objects(metrics, "entities")).allSatisfy(e -> assertThat(e).doesNotContainKey("text"));
        assertThat(output.artifacts()).extracting(Artifact::name).containsExactly("json", "txt", "srt", "vtt");
        String txt = Files.readString(output.artifacts().get(1).file());
        assertThat(txt).contains("[CREDIT_CARD]").doesNotContain("smith");
        assertThat(Files.mismatch(call.path(), output.audio().path())).isNotEqualTo(-1L);
    }

    @Test
    void hashTagsAreTheSameForTheSameValueAndHideIt() {
        List<String> first = tags(redact(Map.of("style", "hash", "sound", "silence")));
        List<String> second = tags(redact(Map.of("style", "hash", "padding_ms", 0)));

        assertThat(first).hasSize(5).allSatisfy(tag -> assertThat(tag).matches("\\[[A-Z_]+:[0-9a-f]{8}]"));
        assertThat(second).isEqualTo(first);
    }

    private StepOutput redact(Map<String, ?> params) {
        var component = registry.find("redact_pii").orElseThrow();
        return run(component, params);
    }

    private static <P> StepOutput run(Component<P> component, Map<String, ?> params) {
        P parsed = Steps.parse(component, params);
        return component.run(StepContext.standalone(call, List.of(call), dir), parsed);
    }

    private static List<String> tags(StepOutput output) {
        return Steps.objects(output.metrics(), "entities").stream().map(e -> (String) e.get("tag")).toList();
    }
}
