package dev.earshot.engine.language.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where an OpenAI-compatible chat-completions endpoint is and how to call it.
 *
 * @param baseUrl the API base, {@code http} or {@code https}, e.g. {@code https://api.openai.com/v1} or
 *                {@code http://localhost:11434/v1}; requests go to {@code {baseUrl}/chat/completions}
 * @param model   the model name sent with every request, e.g. {@code gpt-4o-mini}; not blank
 * @param apiKey  sent as {@code Authorization: Bearer <key>}; null or blank for endpoints that need none. Never
 *                appears in {@link #toString()} or in error messages
 * @param timeout the longest wait for a whole answer, from sending the request to the last byte; 1 ms to 10 min
 */
public record LlmSettings(URI baseUrl, String model, String apiKey, Duration timeout) {

    /** What to configure in Earshot to enable the LLM-backed capabilities. */
    public static final String HOW_TO_CONFIGURE = "configure an OpenAI-compatible chat-completions endpoint "
            + "(EARSHOT_LLM_BASE_URL, EARSHOT_LLM_MODEL and, if it needs one, EARSHOT_LLM_API_KEY)";

    public LlmSettings {
        if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equals(scheme(baseUrl)) || "https".equals(scheme(baseUrl)))) {
            throw new IllegalArgumentException("the LLM base URL must be an absolute http or https URL, got "
                    + (baseUrl == null ? "none" : withoutUserInfo(baseUrl)));
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("the LLM model name is required");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("the LLM timeout must be between 1 ms and 10 min, got " + timeout);
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
    }

    /** The chat-completions URL: the base URL without a trailing slash, then {@code /chat/completions}. */
    public URI chatCompletionsUrl() {
        String base = baseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/chat/completions");
    }

    /** {@link #chatCompletionsUrl()} without user info, for messages and logs. */
    public String endpointForMessages() {
        return withoutUserInfo(chatCompletionsUrl());
    }

    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + withoutUserInfo(baseUrl) + ", model=" + model + ", apiKey="
                + (apiKey == null ? "none" : "(set)") + ", timeout=" + timeout + "]";
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static String withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri.toString();
        }
        return uri.toString().replace(uri.getRawUserInfo() + "@", "");
    }
}
