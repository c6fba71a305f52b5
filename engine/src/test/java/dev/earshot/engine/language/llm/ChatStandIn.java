package dev.earshot.engine.language.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.earshot.engine.json.JsonLiteral;
import dev.earshot.engine.json.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A local stand-in for an OpenAI-compatible server: serves {@code POST /v1/chat/completions} over real HTTP on a
 * random loopback port, records each request and answers with a completion shaped like OpenAI's (or with the
 * error status, body or delay it was told to give).
 */
public final class ChatStandIn implements AutoCloseable {

    /** One request as received. */
    public record Received(String method, String path, String authorization, String contentType, String body,
                           Map<String, Object> json) {

        /** The {@code messages} of the request. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> messages() {
            return (List<Map<String, Object>>) json.get("messages");
        }

        /** The content of the message with {@code role} (the first one). */
        public String content(String role) {
            return messages().stream().filter(m -> role.equals(m.get("role"))).map(m -> (String) m.get("content"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + role + " message in " + body));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Function<Received, String> answer = request -> "stand-in answer";
    private volatile int errorStatus;
    private volatile String errorBody = "";
    private volatile Duration delay = Duration.ZERO;
    private volatile String rawAnswer;

    public ChatStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL to configure, {@code http://127.0.0.1:<port>/v1}. */
    public URI baseUrl() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/v1");
    }

    /** Answers 200 with a completion whose content {@code answer} computes from the request. */
    public ChatStandIn answering(Function<Received, String> answer) {
        this.answer = answer;
        this.errorStatus = 0;
        return this;
    }

    /** Answers {@code status} with {@code body} (e.g. an OpenAI error object). */
    public ChatStandIn failing(int status, String body) {
        this.errorStatus = status;
        this.errorBody = body;
        return this;
    }

    /** Answers 200 with exactly {@code body}. */
    public ChatStandIn answeringRaw(String body) {
        this.rawAnswer = body;
        return this;
    }

    /** Waits {@code delay} before answering. */
    public ChatStandIn delaying(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** The requests received so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The only request received; fails when there were none or several. */
    public Received onlyRequest() {
        if (received.size() != 1) {
            throw new AssertionError("expected one request, got " + received.size());
        }
        return received.get(0);
    }

    @SuppressWarnings("unchecked")
    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Object json = JsonParser.parse(body);
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body, (Map<String, Object>) json);
        received.add(request);
        try {
            if (!delay.isZero() && closing.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                exchange.close();
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (errorStatus != 0) {
            respond(exchange, errorStatus, errorBody);
        } else if (rawAnswer != null) {
            respond(exchange, 200, rawAnswer);
        } else {
            respond(exchange, 200, completion((String) request.json().get("model"), answer.apply(request)));
        }
    }

    private static String completion(String model, String content) {
        return "{\"id\":\"chatcmpl-standin1\",\"object\":\"chat.completion\",\"created\":1731000000,"
                + "\"model\":" + JsonLiteral.string(model) + ",\"choices\":[{\"index\":0,\"message\":{\"role\":"
                + "\"assistant\",\"content\":" + JsonLiteral.string(content) + ",\"refusal\":null},\"logprobs\":null,"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":42,\"completion_tokens\":7,"
                + "\"total_tokens\":49},\"system_fingerprint\":\"fp_standin\"}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
