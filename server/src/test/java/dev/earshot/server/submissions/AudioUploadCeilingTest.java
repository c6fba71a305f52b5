package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/audios} with a body far over the multipart ceiling (30 MB on this server) against a real
 * server: Laravel's 413 {@code The POST data is too large.}, before the key is even looked at (Laravel checks the
 * size in global middleware), storing nothing. (An upload over 25 MB but under the ceiling is AudiosDoorTest's 422.)
 */
class AudioUploadCeilingTest extends ExternalWorkersServerTest {

    private static final byte[] SIXTY_MEGABYTES = new byte[60 * 1024 * 1024];

    @Test
    void aBodyFarOverTheCeilingIs413InLaravelsWordsAndStoresNothing() {
        String key = userKey("big");
        String before = audiosAndBlobs();

        Reply reply = client.post("/api/v1/audios", new Multipart().file("audio", "huge.wav", SIXTY_MEGABYTES),
                SubmissionsClient.auth(key));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json()).isEqualTo(Map.of("message", "The POST data is too large."));
        assertThat(audiosAndBlobs()).isEqualTo(before);
    }

    @Test
    void aBodyFarOverTheCeilingIs413EvenWithoutAKey() {
        Reply reply = client.post("/api/v1/audios", new Multipart().file("audio", "huge.wav", SIXTY_MEGABYTES));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.json()).isEqualTo(Map.of("message", "The POST data is too large."));
    }

    private String audiosAndBlobs() {
        return jdbc.sql("select count(*) from sub_audios").query(Long.class).single() + " audios, " + footprint();
    }
}
