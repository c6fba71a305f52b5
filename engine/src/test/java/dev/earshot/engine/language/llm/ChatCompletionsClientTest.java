package dev.earshot.engine.language.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatCompletionsClientTest {

    private static final String KEY = "sk-test-0123456789abcdef";

    private final ChatStandIn standIn = new ChatStandIn();

    @AfterEach
    void stop() {
        standIn.close();
    }

    private ChatCompletionsClient client(String key, Duration timeout) {
        return new ChatCompletionsClient(new LlmSettings(standIn.baseUrl(), "test-model", key, timeout));
    }

    @Test
    void theRequestCarriesModelMessagesAndKeyAndTheAnswerIsTheFirstChoicesText() {
        standIn.answering(request -> "  the answer  ");
        String answer = client(KEY, Duration.ofSeconds(5)).complete(List.of(
                ChatMessage.system("be brief \"always\""), ChatMessage.user("héllo\nworld")));

        assertThat(answer).isEqualTo("the answer");
        ChatStandIn.Received request = standIn.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer " + KEY);
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.json()).containsEntry("model", "test-model").containsEntry("stream", false);
        assertThat(request.messages()).containsExactly(
                Map.of("role", "system", "content", "be brief \"always\""),
                Map.of("role", "user", "content", "héllo\nworld"));
    }

    @Test
    void withoutAKeyNoAuthorizationHeaderIsSentAndATrailingSlashIsTolerated() {
        LlmSettings settings = new LlmSettings(URI.create(standIn.baseUrl() + "/"), "m", " ", Duration.ofSeconds(5));
        assertThat(new ChatCompletionsClient(settings).complete(List.of(ChatMessage.user("hi")))).isNotBlank();
        assertThat(standIn.onlyRequest().authorization()).isNull();
        assertThat(standIn.onlyRequest().path()).isEqualTo("/v1/chat/completions");
    }

    @Test
    void aRejectedKeyIs401WithTheEndpointsMessageAndNeverTheKey() {
        standIn.failing(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ". You can find your"
                + " API key at https://example.com.\",\"type\":\"invalid_request_error\",\"param\":null,"
                + "\"code\":\"invalid_api_key\"}}");
        assertThatThrownBy(() -> client(KEY, Duration.ofSeconds(5)).complete(List.of(ChatMessage.user("hi"))))
                .isInstanceOfSatisfying(LlmEndpointException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.timedOut()).isFalse();
                    assertThat(e.getMessage()).contains("answered 401", "Incorrect API key provided",
                            standIn.baseUrl() + "/chat/completions").doesNotContain(KEY);
                });
    }

    @Test
    void aServerErrorIs500WithAShortExcerptOfANonJsonBody() {
        standIn.failing(500, "<html><body>" + "Internal failure ".repeat(100) + "</body></html>");
        assertThatThrownBy(() -> client(KEY, Duration.ofSeconds(5)).complete(List.of(ChatMessage.user("hi"))))
                .isInstanceOfSatisfying(LlmEndpointException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.getMessage()).contains("answered 500: <html><body>Internal failure").endsWith("...");
                    assertThat(e.getMessage().length()).isLessThan(ChatCompletionsClient.MAX_DETAIL_CHARS + 200);
                });
    }

    @Test
    void anEndpointSlowerThanTheTimeoutIsATimeoutWithinAboutTheTimeout() {
        standIn.delaying(Duration.ofSeconds(5));
        long started = System.nanoTime();
        assertThatThrownBy(() -> client(KEY, Duration.ofMillis(300)).complete(List.of(ChatMessage.user("hi"))))
                .isInstanceOfSatisfying(LlmEndpointException.class, e -> {
                    assertThat(e.timedOut()).isTrue();
                    assertThat(e.status()).isZero();
                    assertThat(e.getMessage()).contains("no answer within 300 ms");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void anEndpointNobodyListensOnCannotBeConnectedTo() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        LlmSettings settings = new LlmSettings(URI.create("http://127.0.0.1:" + port + "/v1"), "m", KEY,
                Duration.ofSeconds(5));
        assertThatThrownBy(() -> new ChatCompletionsClient(settings).complete(List.of(ChatMessage.user("hi"))))
                .isInstanceOfSatisfying(LlmEndpointException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.getMessage()).contains("cannot connect", "127.0.0.1:" + port).doesNotContain(KEY);
                });
    }

    @Test
    void anAnswerWithoutTextOrNotJsonIsAnErrorNamingWhatIsMissing() {
        standIn.answeringRaw("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
                + "\"tool_calls\":[]},\"finish_reason\":\"tool_calls\"}]}");
        assertThatThrownBy(() -> client(KEY, Duration.ofSeconds(5)).complete(List.of(ChatMessage.user("hi"))))
                .isInstanceOf(LlmEndpointException.class).hasMessageContaining("choices[0].message.content");
        standIn.answeringRaw("{\"choices\":[]}");
        assertThatThrownBy(() -> client(KEY, Duration.ofSeconds(5)).complete(List.of(ChatMessage.user("hi"))))
                .isInstanceOf(LlmEndpointException.class).hasMessageContaining("without text");
        standIn.answeringRaw("not json");
        assertThatThrownBy(() -> client(KEY, Duration.ofSeconds(5)).complete(List.of(ChatMessage.user("hi"))))
                .isInstanceOf(LlmEndpointException.class).hasMessageContaining("not JSON");
    }

    @Test
    void aReasoningModelsThinkingIsDroppedFromTheAnswer() {
        standIn.answering(request -> "<think>\nthe user wants a summary\n</think>\n\nThe summary.");
        assertThat(client(null, Duration.ofSeconds(5)).complete(List.of(ChatMessage.user("hi"))))
                .isEqualTo("The summary.");
    }

    @Test
    void settingsRefuseWhatCannotWorkAndNeverPrintTheKey() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new LlmSettings(URI.create("ftp://host/v1"), "m", null, second))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
        assertThatThrownBy(() -> new LlmSettings(URI.create("/v1"), "m", null, second))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LlmSettings(URI.create("http://h/v1"), " ", null, second))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model");
        assertThatThrownBy(() -> new LlmSettings(URI.create("http://h/v1"), "m", null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        LlmSettings settings = new LlmSettings(URI.create("https://user:secret@h/v1"), "m", KEY, second);
        assertThat(settings.toString()).doesNotContain(KEY).doesNotContain("secret").contains("(set)");
        assertThat(settings.endpointForMessages()).isEqualTo("https://h/v1/chat/completions");
    }
}
