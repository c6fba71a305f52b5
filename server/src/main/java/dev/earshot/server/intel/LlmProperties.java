package dev.earshot.server.intel;

import dev.earshot.engine.language.llm.LlmSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional OpenAI-compatible chat-completions endpoint ({@code earshot.llm.*}; environment
 * {@code EARSHOT_LLM_BASE_URL}, {@code EARSHOT_LLM_MODEL}, {@code EARSHOT_LLM_API_KEY},
 * {@code EARSHOT_LLM_TIMEOUT}). Unset base URL: no endpoint. The operator names this URL, so it is called even on
 * a private or loopback address (a model server on the same machine is the usual case); no URL from a request is
 * ever used for it.
 *
 * @param baseUrl API base such as {@code http://localhost:8000/v1}; blank for none
 * @param model   model name sent with each request; required with a base URL
 * @param apiKey  bearer key, blank when the endpoint needs none
 * @param timeout longest wait for one answer (default 2 minutes)
 */
@ConfigurationProperties("earshot.llm")
record LlmProperties(String baseUrl, String model, String apiKey, @DefaultValue("2m") Duration timeout) {

    /** The endpoint's settings, or empty when no base URL is set. */
    Optional<LlmSettings> settings() {
        if (baseUrl == null || baseUrl.isBlank()) {
            return Optional.empty();
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("EARSHOT_LLM_BASE_URL is set but EARSHOT_LLM_MODEL is not: name the "
                    + "model the endpoint serves (earshot.llm.model)");
        }
        return Optional.of(new LlmSettings(URI.create(baseUrl.strip()), model.strip(), apiKey, timeout));
    }
}
