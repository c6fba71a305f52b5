package dev.earshot.engine.language.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.engine.language.UnavailableCapabilityException;
import dev.earshot.engine.language.llm.ChatCompletionsClient;
import dev.earshot.engine.language.llm.ChatStandIn;
import dev.earshot.engine.language.llm.LlmEndpointException;
import dev.earshot.engine.language.llm.LlmSettings;
import dev.earshot.engine.language.translate.Apertium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParaphraserTest {

    private final ChatStandIn standIn = new ChatStandIn();
    private final LlmParaphraser llm = new LlmParaphraser(new ChatCompletionsClient(
            new LlmSettings(standIn.baseUrl(), "paraphrase-model", null, Duration.ofSeconds(5))));

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        standIn.close();
    }

    private static BackTranslationParaphraser realBackTranslation() {
        Apertium apertium = Apertium.detect();
        assumeTrue(apertium.installed(), "the apertium command is not installed");
        return new BackTranslationParaphraser(apertium, Duration.ofSeconds(30));
    }

    private BackTranslationParaphraser noApertium() {
        return new BackTranslationParaphraser(Apertium.at(dir.resolve("apertium")), Duration.ofSeconds(5));
    }

    @Test
    void theLlmIsAskedToKeepTheFactsInTheNamedLanguage() {
        standIn.answering(request -> "Please email me the report by midday.");
        Paraphrase paraphrase = new LlmFirstParaphraser(Optional.of(llm), realBackTranslation())
                .paraphrase("please send me the report before noon", "en");

        assertThat(paraphrase).isEqualTo(new Paraphrase("Please email me the report by midday.", "eng", "llm", null));
        ChatStandIn.Received request = standIn.onlyRequest();
        assertThat(request.json()).containsEntry("model", "paraphrase-model");
        assertThat(request.content("system")).contains("in English (eng)", "keeping every fact, name and number");
        assertThat(request.content("user")).isEqualTo("please send me the report before noon");
    }

    @Test
    void withoutAnLlmEnglishIsBackTranslatedThroughSpanish() {
        Paraphrase paraphrase = new LlmFirstParaphraser(Optional.empty(), realBackTranslation())
                .paraphrase("the weather is nice today please send me a report before noon", "eng");
        assertThat(paraphrase.method()).isEqualTo("back-translation");
        assertThat(paraphrase.pivot()).isEqualTo("spa");
        assertThat(paraphrase.language()).isEqualTo("eng");
        assertThat(paraphrase.text()).isEqualTo("the time is well today please send me a report before midday");
        assertThat(standIn.received()).isEmpty();
    }

    @Test
    void spanishGoesThroughEnglishAndWrittenTextKeepsItsCapitals() {
        Paraphrase paraphrase = realBackTranslation().paraphrase("El niño comió una manzana.", "es");
        assertThat(paraphrase.pivot()).isEqualTo("eng");
        assertThat(paraphrase.text()).startsWith("El ").containsIgnoringCase("manzana");
    }

    @Test
    void aLanguageWithoutAPairBothWaysNamesThePackageAndTheLlmSettings() {
        BackTranslationParaphraser backTranslation = realBackTranslation();
        assertThat(backTranslation.pivot("fr")).isEmpty();
        assertThatThrownBy(() -> new LlmFirstParaphraser(Optional.empty(), backTranslation).paraphrase("bonjour à tous", "fr"))
                .isInstanceOfSatisfying(UnavailableCapabilityException.class, e -> {
                    assertThat(e.capability()).isEqualTo("paraphrase in fra");
                    assertThat(e.remedy()).contains("EARSHOT_LLM_BASE_URL",
                            "install an Apertium pair that translates fra both ways");
                });
    }

    @Test
    void withNeitherLlmNorApertiumTheRefusalNamesBoth() {
        assertThatThrownBy(() -> new LlmFirstParaphraser(Optional.empty(), noApertium()).paraphrase("hello there", "en"))
                .isInstanceOfSatisfying(UnavailableCapabilityException.class, e -> assertThat(e.getMessage())
                        .contains("paraphrase in eng is not available here", "EARSHOT_LLM_BASE_URL",
                                "the Debian packages apertium and apertium-eng-spa"));
        assertThatThrownBy(() -> noApertium().paraphrase("hello there", "en"))
                .isInstanceOf(UnavailableCapabilityException.class)
                .hasMessageContaining("paraphrase in eng by back-translation");
    }

    @Test
    void anLlmFailureIsReportedAsSuchWithoutFallingBack() {
        standIn.failing(500, "{\"error\":{\"message\":\"upstream down\"}}");
        assertThatThrownBy(() -> new LlmFirstParaphraser(Optional.of(llm), noApertium()).paraphrase("hello there", "en"))
                .isInstanceOfSatisfying(LlmEndpointException.class, e -> assertThat(e.status()).isEqualTo(500));
    }

    @Test
    void blankTextNeedsNoCallAndLongTextIsRefused() {
        assertThat(llm.paraphrase("  ", "en").text()).isEmpty();
        assertThat(standIn.received()).isEmpty();
        assertThatThrownBy(() -> llm.paraphrase("x".repeat(LlmParaphraser.MAX_TEXT_CHARS + 1), "en"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
