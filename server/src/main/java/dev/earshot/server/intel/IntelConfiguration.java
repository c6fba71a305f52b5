package dev.earshot.server.intel;

import dev.earshot.engine.intel.component.IntelTools;
import dev.earshot.engine.language.llm.LlmSettings;
import dev.earshot.engine.language.translate.Apertium;
import dev.earshot.server.storage.SigningSecret;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The text tools behind the conversation-intelligence components, shared by every door: Apertium when installed
 * ({@code earshot.apertium.timeout} per run, default 60 s), the LLM endpoint when configured, and the key of
 * {@code redact_pii}'s hash style (derived from the signing secret). Says at start what is available and what is
 * missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
class IntelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IntelConfiguration.class);

    @Bean
    IntelTools intelTools(LlmProperties llm, SigningSecret secret,
                          @Value("${earshot.apertium.timeout:60s}") Duration apertiumTimeout) {
        Optional<LlmSettings> settings = llm.settings();
        Apertium apertium = Apertium.detect();
        LOG.info(settings.map(s -> "LLM endpoint: " + s + "; summarize uses it, translate and paraphrase fall back "
                        + "to it").orElse("LLM endpoint: none (summaries are extractive; to add one, "
                        + LlmSettings.HOW_TO_CONFIGURE + ")"));
        LOG.info(apertium.installed() ? "Apertium: installed, directions " + apertium.modes()
                : "Apertium: not installed (translate and paraphrase need it or an LLM endpoint; Debian: apt-get "
                        + "install apertium apertium-eng-spa)");
        return new IntelTools(settings, apertium, apertiumTimeout, secret.derive("redact_pii hash"));
    }
}
