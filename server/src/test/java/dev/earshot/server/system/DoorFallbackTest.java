package dev.earshot.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.support.TestAudio;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.context.TestPropertySource;

/**
 * Every framework-level case (unknown path, wrong method, wrong media type, wrong Accept, malformed body, a body
 * over the container's multipart limit, no key, a bad key) at every door, each answered in the door's own shape
 * as JSON, with a message that names what went wrong. The container limit is 1 MB here so a test can pass it.
 */
@TestPropertySource(properties = "spring.servlet.multipart.max-request-size=1MB")
class DoorFallbackTest extends ServerTest {

    private static final String BROKEN_MULTIPART = "multipart/form-data; boundary=xyz";
    private static final byte[] TRUNCATED_PARTS = "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nhi"
            .getBytes(StandardCharsets.US_ASCII);

    /** The three live doors, each with its main multipart route and its shape. */
    enum Door {
        INGEST("/v1/audio/ingest", "/v1/audio/nope", "file", 401),
        ENHANCE("/v1/upload", "/v1/remove-noise/abc/nope", "file", 401),
        PIPELINE("/v1/audio_engine/pipeline", "/v1/audio_engine/nope", "files", 403);

        final String route;
        final String unknown;
        final String filePart;
        final int noKeyStatus;

        Door(String route, String unknown, String filePart, int noKeyStatus) {
            this.route = route;
            this.unknown = unknown;
            this.filePart = filePart;
            this.noKeyStatus = noKeyStatus;
        }

        /** The message of a reply in this door's shape, after checking the body has exactly that shape. */
        String message(Reply reply) {
            assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/json");
            Map<String, Object> body = reply.json();
            switch (this) {
                case INGEST -> {
                    assertThat(body).as(reply.toString()).containsOnlyKeys("error");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> error = (Map<String, Object>) body.get("error");
                    assertThat(error).containsOnlyKeys("code", "message");
                    assertThat(error.get("code")).asString().matches("[a-z_]+");
                    return (String) error.get("message");
                }
                case ENHANCE -> {
                    assertThat(body).as(reply.toString()).containsOnlyKeys("error");
                    return (String) body.get("error");
                }
                default -> {
                    assertThat(body).as(reply.toString()).containsOnlyKeys("detail");
                    return String.valueOf(body.get("detail"));
                }
            }
        }

        String[] auth(String key) {
            return this == PIPELINE ? new String[] {"X-API-Key", key} : new String[] {"Authorization", "Bearer " + key};
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anUnknownPathIs404InTheDoorsShapeNamingThePath(Door door) {
        Reply reply = client.get(door.unknown, door.auth(KEY));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(door.message(reply)).contains("GET " + door.unknown);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aWrongMethodIs405InTheDoorsShapeWithTheAllowedMethods(Door door) {
        for (String method : List.of("GET", "PUT", "DELETE")) {
            Reply reply = client.send(method, door.route, null, null, door.auth(KEY));

            assertThat(reply.status()).as(method).isEqualTo(405);
            assertThat(reply.header("Allow")).isEqualTo("POST");
            assertThat(door.message(reply)).contains(method + " " + door.route, "takes POST");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aJsonBodyWhereAFormIsExpectedIsRefusedInTheDoorsShape(Door door) {
        Reply reply = client.post(door.route, "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                door.auth(KEY));

        assertThat(reply.status()).isEqualTo(door == Door.PIPELINE ? 422 : 400);
        assertThat(door.message(reply)).contains(door == Door.PIPELINE ? "Field required" : "file");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aMalformedMultipartBodyIs400InTheDoorsShape(Door door) {
        Reply reply = client.post(door.route, BROKEN_MULTIPART, TRUNCATED_PARTS, door.auth(KEY));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(door.message(reply)).contains("multipart/form-data body could not be read");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aBodyOverTheContainersLimitIs413InTheDoorsShape(Door door) {
        Multipart form = new Multipart().file(door.filePart, "big.wav", new byte[1_500_000]);

        Reply reply = client.post(door.route, form, door.auth(KEY));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(door.message(reply)).contains("larger than the server accepts");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void noKeyAndABadKeyAreRefusedInTheDoorsShape(Door door) {
        Multipart form = new Multipart().file(door.filePart, "a.wav", TestAudio.toneWav(1, 16_000, 1, 0));
        for (String[] headers : List.of(new String[0], door.auth("not-a-key-0123456789abcdef"))) {
            Reply reply = client.post(door.route, form, headers);

            assertThat(reply.status()).as(Arrays.toString(headers)).isEqualTo(door.noKeyStatus);
            assertThat(door.message(reply)).containsIgnoringCase("key");
            if (door.noKeyStatus == 401) {
                assertThat(reply.header("WWW-Authenticate")).contains("Bearer");
            }
        }
    }

    @Test
    void aMalformedJsonBodyAtTheNoiseRemovalDoorIs400InItsShape() {
        Reply reply = client.post("/v1/remove-noise", "application/json", "{\"input\":".getBytes(StandardCharsets.UTF_8),
                Door.ENHANCE.auth(KEY));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(Door.ENHANCE.message(reply)).contains("not valid JSON");
    }

    @Test
    void anAcceptHeaderThatRulesOutJsonStillGetsTheResultAsJson() {
        Multipart form = new Multipart()
                .field("components", "[{\"component_id\":\"audio_duration_check\"}]")
                .field("user_email", "user@example.com").field("project_name", PROJECT)
                .file("files", "a.wav", TestAudio.toneWav(1, 16_000, 1, 0));
        for (String accept : List.of("application/xml", "text/html")) {
            Reply ran = client.post(Door.PIPELINE.route, form, "X-API-Key", KEY, "Accept", accept);
            Reply missing = client.get("/v1/jobs/job_nothing", "Authorization", "Bearer " + KEY, "Accept", accept);

            assertThat(ran.status()).as(ran.toString()).isEqualTo(200);
            assertThat(ran.header("Content-Type")).startsWith("application/json");
            assertThat(ran.json()).containsEntry("status", "COMPLETED");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(Door.INGEST.message(missing)).contains("job_nothing");
        }
    }

    @Test
    void laravelAndFastApiDoorsAnswerUnknownRoutesInTheirFrameworksShape() {
        Reply laravel = client.get("/api/v1/foo", "Authorization", "Bearer " + KEY);
        Reply fastApi = client.get("/api/v1/models/" + java.util.UUID.randomUUID() + "/versions", "X-API-Key", KEY);

        assertThat(laravel.status()).isEqualTo(404);
        assertThat(laravel.json()).isEqualTo(Map.of("message", "The route api/v1/foo could not be found."));
        assertThat(fastApi.status()).isEqualTo(404);
        assertThat(fastApi.json()).isEqualTo(Map.of("detail", "Not Found"));
    }

    @Test
    void aPathOfNoDoorAnswersEarshotsOwnShape() {
        Reply reply = client.get("/no-such-page");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json()).isEqualTo(Map.of("status", 404, "message", "Not Found: no route for GET /no-such-page"));
    }
}
