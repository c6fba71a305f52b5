package dev.earshot.server.enhance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client on {@code /v1/wss/remove-noise/{jobId}/status}: every message and the close code. */
public final class StatusStream implements WebSocket.Listener {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    final List<String> messages = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    /** Connects with the given handshake headers; a refused handshake gives its HTTP status as the exception. */
    public static StatusStream open(int port, String jobId, String... headers) throws Exception {
        StatusStream stream = new StatusStream();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            builder.buildAsync(URI.create("ws://localhost:" + port + "/v1/wss/remove-noise/" + jobId + "/status"),
                    stream).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new Refused(refused.getResponse().statusCode(), String.valueOf(refused.getResponse().body()));
            }
            throw e;
        }
        return stream;
    }

    /** Waits for the server to close the socket and returns the close code. */
    public int awaitClose(Duration timeout) throws Exception {
        return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings("unchecked")
    List<java.util.Map<String, Object>> parsed() {
        return messages.stream().map(m -> (java.util.Map<String, Object>) JSON.readValue(m, java.util.Map.class))
                .toList();
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(partial.toString());
            partial.setLength(0);
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        closed.completeExceptionally(error);
    }

    /** A handshake the server refused. */
    public static final class Refused extends Exception {
        public final int status;
        public final String body;

        Refused(int status, String body) {
            super("handshake refused with " + status + ": " + body);
            this.status = status;
            this.body = body;
        }
    }
}
