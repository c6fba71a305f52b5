package dev.earshot.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.support.TestAudio;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every 401 names the ways to send a key in {@code WWW-Authenticate}; door 004 answers keys with 403 (DESIGN §6). */
class UnauthorizedChallengeTest extends ServerTest {

    private static final String API_KEY_CHALLENGE = "ApiKey realm=\"earshot\", header=\"X-Api-Key\"";
    private static final List<String> NO_KEY = List.of("Bearer realm=\"earshot\"", API_KEY_CHALLENGE);
    private static final List<String> BAD_KEY = List.of("Bearer realm=\"earshot\", error=\"invalid_token\"",
            API_KEY_CHALLENGE);
    private static final String UNKNOWN_KEY = "esk_abcd1234_" + "A".repeat(43);

    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Projects projects;

    @Test
    void theIngestionDoorChallengesAMissingAnUnknownAndAnUnderScopedKey() {
        String reader = apiKeys.create("reader-" + UUID.randomUUID(), null, Set.of(Scopes.AUDIO_READ),
                List.of(projects.findByName(PROJECT).orElseThrow().id())).plainKey();

        Reply missing = client.post("/v1/audio/ingest", upload());
        Reply unknown = client.get("/v1/jobs/job_000000000000", "Authorization", "Bearer " + UNKNOWN_KEY);
        Reply underScoped = client.post("/v1/audio/ingest", upload(), "X-Api-Key", reader);

        assertChallenged(missing, NO_KEY);
        assertChallenged(unknown, BAD_KEY);
        assertChallenged(underScoped, List.of("Bearer realm=\"earshot\", error=\"insufficient_scope\"",
                API_KEY_CHALLENGE));
    }

    @Test
    void theNoiseRemovalDoorChallengesAMissingOrUnknownKeyButNotAKeyWithoutTheScope() {
        String writer = apiKeys.create("writer-" + UUID.randomUUID(), null, Set.of(Scopes.AUDIO_WRITE),
                List.of(projects.findByName(PROJECT).orElseThrow().id())).plainKey();

        assertChallenged(client.post("/v1/upload", upload()), NO_KEY);
        assertChallenged(client.get("/v1/remove-noise/" + UUID.randomUUID() + "/status", "x-api-key", UNKNOWN_KEY),
                BAD_KEY);
        Reply forbidden = client.get("/v1/remove-noise/" + UUID.randomUUID() + "/status", "x-api-key", writer);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(challenges(forbidden)).isEmpty();
    }

    @Test
    void theStatusWebSocketHandshakeIsChallengedToo() throws IOException {
        String head = handshake("/v1/wss/remove-noise/" + UUID.randomUUID() + "/status");

        assertThat(head).startsWith("HTTP/1.1 401")
                .containsIgnoringCase("WWW-Authenticate: Bearer realm=\"earshot\"\r\n")
                .containsIgnoringCase("WWW-Authenticate: " + API_KEY_CHALLENGE + "\r\n");
    }

    @Test
    void thePipelineDoorAnswersAMissingKeyWith403AndNoChallenge() {
        Reply reply = client.post("/v1/audio_engine/pipeline", new Multipart()
                .field("components", "[{\"component_id\":\"audio_duration_check\"}]")
                .field("user_email", "user@example.com").field("project_name", PROJECT)
                .file("files", "a.wav", TestAudio.toneWav(1, 16_000, 1, 0)));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(challenges(reply)).isEmpty();
    }

    private static Multipart upload() {
        return new Multipart().file("file", "a.wav", TestAudio.toneWav(1, 16_000, 1, 0));
    }

    private static void assertChallenged(Reply reply, List<String> challenges) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(challenges(reply)).isEqualTo(challenges);
    }

    private static List<String> challenges(Reply reply) {
        return reply.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("WWW-Authenticate"))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** A WebSocket opening handshake without a key; returns the head of the answer. */
    private String handshake(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            return head.toString();
        }
    }
}
