package dev.earshot.engine.language.llm;

import dev.earshot.engine.json.JsonLiteral;
import dev.earshot.engine.json.JsonParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Calls an OpenAI-compatible chat-completions endpoint: {@code POST {base}/chat/completions} with
 * {@code {"model", "messages": [{"role", "content"}], "stream": false}}, and reads
 * {@code choices[0].message.content} from the answer. Works with OpenAI, Azure-style proxies, vLLM, llama.cpp's
 * server, Ollama ({@code http://localhost:11434/v1}) and LM Studio. A leading {@code <think>...</think>} block
 * (reasoning models) is dropped from the answer. Thread-safe; one instance keeps one HTTP client.
 */
public final class ChatCompletionsClient {

    /** How much of an endpoint's error text goes into an exception message, in characters. */
    static final int MAX_DETAIL_CHARS = 300;

    private static final Pattern THINKING = Pattern.compile("^\\s*<think>.*?</think>", Pattern.DOTALL);

    private final LlmSettings settings;
    private final HttpClient http;

    public ChatCompletionsClient(LlmSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The settings this client calls with. */
    public LlmSettings settings() {
        return settings;
    }

    /**
     * The model's answer to {@code messages}, trimmed.
     *
     * @throws LlmEndpointException when the endpoint answers with an error status, without text, or not within
     *                              the configured timeout
     */
    public String complete(List<ChatMessage> messages) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat completion needs at least one message");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.chatCompletionsUrl())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(requestBody(messages), StandardCharsets.UTF_8));
        if (settings.apiKey() != null) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new LlmEndpointException("LLM endpoint " + settings.endpointForMessages() + " answered "
                    + response.statusCode() + errorDetail(response.body()), response.statusCode(), false, null);
        }
        return content(response);
    }

    String requestBody(List<ChatMessage> messages) {
        StringBuilder body = new StringBuilder("{\"model\":").append(JsonLiteral.string(settings.model()))
                .append(",\"stream\":false,\"messages\":[");
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage message = messages.get(i);
            body.append(i == 0 ? "" : ",").append("{\"role\":").append(JsonLiteral.string(message.role()))
                    .append(",\"content\":").append(JsonLiteral.string(message.content())).append('}');
        }
        return body.append("]}").toString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> answer =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long timeoutMs = settings.timeout().toMillis();
        try {
            return answer.get(Math.max(1, timeoutMs), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw timedOut(e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmEndpointException("interrupted while waiting for LLM endpoint "
                    + settings.endpointForMessages(), 0, false, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(cause);
            }
            String what = cause instanceof ConnectException ? "cannot connect to" : "failed to call";
            throw new LlmEndpointException(what + " LLM endpoint " + settings.endpointForMessages() + ": "
                    + redacted(String.valueOf(cause instanceof IOException ? cause.getMessage() : cause)),
                    0, false, cause);
        }
    }

    private LlmEndpointException timedOut(Throwable cause) {
        return new LlmEndpointException("LLM endpoint " + settings.endpointForMessages() + " gave no answer within "
                + settings.timeout().toMillis() + " ms", 0, true, cause);
    }

    private String content(HttpResponse<String> response) {
        Object text = null;
        try {
            Object json = JsonParser.parse(response.body());
            if (json instanceof Map<?, ?> answer && answer.get("choices") instanceof List<?> choices
                    && !choices.isEmpty() && choices.get(0) instanceof Map<?, ?> choice
                    && choice.get("message") instanceof Map<?, ?> message) {
                text = message.get("content");
            }
        } catch (IllegalArgumentException e) {
            throw new LlmEndpointException("LLM endpoint " + settings.endpointForMessages() + " answered "
                    + response.statusCode() + " with a body that is not JSON: " + e.getMessage(),
                    response.statusCode(), false, e);
        }
        String content = text instanceof String s ? THINKING.matcher(s).replaceFirst("").trim() : "";
        if (content.isEmpty()) {
            throw new LlmEndpointException("LLM endpoint " + settings.endpointForMessages() + " answered "
                    + response.statusCode() + " without text in choices[0].message.content",
                    response.statusCode(), false, null);
        }
        return content;
    }

    /** ": <the endpoint's error message>" from an OpenAI-style error body, or a short excerpt of the body. */
    private String errorDetail(String body) {
        String detail = body == null ? "" : body.strip();
        try {
            if (JsonParser.parse(detail) instanceof Map<?, ?> json) {
                Object error = json.get("error");
                Object message = error instanceof Map<?, ?> inner ? inner.get("message") : error;
                message = message != null ? message : json.get("message");
                message = message != null ? message : json.get("detail");
                if (message instanceof String s) {
                    detail = s;
                }
            }
        } catch (IllegalArgumentException e) {
            // not JSON: the excerpt of the raw body is the detail
        }
        detail = redacted(detail).replaceAll("\\s+", " ");
        if (detail.length() > MAX_DETAIL_CHARS) {
            detail = detail.substring(0, MAX_DETAIL_CHARS) + "...";
        }
        return detail.isEmpty() ? "" : ": " + detail;
    }

    private String redacted(String text) {
        return settings.apiKey() == null ? text : text.replace(settings.apiKey(), "[api key]");
    }
}
