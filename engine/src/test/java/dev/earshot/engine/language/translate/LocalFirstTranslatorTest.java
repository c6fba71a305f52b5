package dev.earshot.engine.language.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.engine.language.UnavailableCapabilityException;
import dev.earshot.engine.language.llm.ChatCompletionsClient;
import dev.earshot.engine.language.llm.ChatStandIn;
import dev.earshot.engine.language.llm.LlmEndpointException;
import dev.earshot.engine.language.llm.LlmSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFirstTranslatorTest {

    private final ChatStandIn standIn = new ChatStandIn();
    private final LlmTranslator llm = new LlmTranslator(new ChatCompletionsClient(
            new LlmSettings(standIn.baseUrl(), "translation-model", "sk-translate", Duration.ofSeconds(5))));

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        standIn.close();
    }

    private static ApertiumTranslator realApertium() {
        Apertium apertium = Apertium.detect();
        assumeTrue(apertium.installed(), "the apertium command is not installed");
        return new ApertiumTranslator(apertium, Duration.ofSeconds(30), false);
    }

    private ApertiumTranslator noApertium() {
        return new ApertiumTranslator(Apertium.at(dir.resolve("apertium")), Duration.ofSeconds(5), false);
    }

    @Test
    void theLlmTranslatesWithBothLanguagesNamedAndTheTextAsTheUserMessage() {
        standIn.answering(request -> "Je voudrais annuler mon abonnement.");
        Translation translation = llm.translate("i would like to cancel my subscription", "en", "fr");

        assertThat(translation).isEqualTo(new Translation("Je voudrais annuler mon abonnement.", "eng", "fra", "llm"));
        ChatStandIn.Received request = standIn.onlyRequest();
        assertThat(request.json()).containsEntry("model", "translation-model");
        assertThat(request.content("system")).contains("from English (eng) into French (fra)", "translation only");
        assertThat(request.content("user")).isEqualTo("i would like to cancel my subscription");
    }

    @Test
    void aPairApertiumHasStaysLocalEvenWithAnLlmConfigured() {
        LocalFirstTranslator translator = new LocalFirstTranslator(realApertium(), Optional.of(llm));
        Translation translation = translator.translate("the weather is nice today", "eng", "spa");
        assertThat(translation.method()).isEqualTo("apertium");
        assertThat(translation.text()).isEqualTo("El tiempo es bueno hoy");
        assertThat(standIn.received()).isEmpty();
    }

    @Test
    void aPairApertiumLacksGoesToTheLlm() {
        standIn.answering(request -> "Bonjour");
        LocalFirstTranslator translator = new LocalFirstTranslator(noApertium(), Optional.of(llm));
        assertThat(translator.supports("en", "fr")).isTrue();
        assertThat(translator.translate("hello", "en", "fr").method()).isEqualTo("llm");
        assertThat(standIn.received()).hasSize(1);
    }

    @Test
    void withNeitherTheRefusalNamesWhatToInstallAndWhatToConfigure() {
        LocalFirstTranslator translator = new LocalFirstTranslator(noApertium(), Optional.empty());
        assertThat(translator.supports("en", "es")).isFalse();
        assertThatThrownBy(() -> translator.translate("hello there", "en", "es"))
                .isInstanceOfSatisfying(UnavailableCapabilityException.class, e -> {
                    assertThat(e.capability()).isEqualTo("translation eng→spa");
                    assertThat(e.remedy()).contains("the Debian packages apertium and apertium-eng-spa",
                            "EARSHOT_LLM_BASE_URL");
                });
    }

    @Test
    void anLlmErrorIsNotTurnedIntoSomethingElse() {
        standIn.failing(401, "{\"error\":{\"message\":\"Invalid key\"}}");
        LocalFirstTranslator translator = new LocalFirstTranslator(noApertium(), Optional.of(llm));
        assertThatThrownBy(() -> translator.translate("hello there", "en", "de"))
                .isInstanceOfSatisfying(LlmEndpointException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void theLlmNeedsNoCallForTheSameLanguageOrBlankTextAndRefusesBadCodes() {
        assertThat(llm.translate("hello", "en", "eng").method()).isEqualTo("none");
        assertThat(llm.translate(" ", "en", "es").text()).isEmpty();
        assertThat(standIn.received()).isEmpty();
        assertThatThrownBy(() -> llm.translate("hello", "english", "es")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> llm.translate("x".repeat(LlmTranslator.MAX_TEXT_CHARS + 1), "en", "es"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
