package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.TestAudio;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/audios} against a real server: upload, list, show, delete, and Laravel's refusals. */
class AudiosDoorTest extends SubmissionsServerTest {

    private static final byte[] WAV = TestAudio.toneWav(1.5, 16_000, 1, 0);

    @Test
    void anUploadIs201WithTheSeedsBodyAndItsUrlDownloadsTheAudio() {
        Reply reply = upload(KEY, new Multipart().file("audio", "sales-call.wav", WAV));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        Map<String, Object> data = data(reply);
        assertThat(data).containsOnlyKeys("id", "name", "url", "duration", "size");
        assertThat(data.get("id")).isInstanceOf(Number.class);
        assertThat(data).containsEntry("name", "sales-call.wav").containsEntry("duration", 1.5)
                .containsEntry("size", WAV.length);
        assertThat(client.get((String) data.get("url")).body()).isEqualTo(WAV);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCustomNameIsKeptAndTheAudioIsListedShownAndDeleted() {
        Map<String, Object> created = data(upload(KEY, new Multipart().file("audio", "a.wav", WAV)
                .field("name", "Q3 earnings call")));
        String path = "/api/v1/audios/" + created.get("id");

        assertThat(created.get("name")).isEqualTo("Q3 earnings call");
        assertThat(((List<Map<String, Object>>) client.get("/api/v1/audios", auth(KEY)).json().get("data")).stream()
                .map(AudiosDoorTest::unsigned)).contains(unsigned(created));
        assertThat(unsigned(data(client.get(path, auth(KEY))))).isEqualTo(unsigned(created));
        assertThat(client.send("DELETE", path, null, null, auth(KEY)).status()).isEqualTo(204);
        Reply gone = client.get(path, auth(KEY));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json()).isEqualTo(Map.of("message", "No query results for model [App\\Models\\Audio] "
                + created.get("id")));
    }

    @Test
    void badUploadsAre422InLaravelsWords() {
        assertInvalid(new Multipart().field("name", "x"), "The audio field is required.");
        assertInvalid(new Multipart().field("audio", "text"), "The audio field must be a file.");
        assertInvalid(new Multipart().file("audio", "notes.mp3", "just text".getBytes()),
                "The audio field must be a file of type: mp3, wav, m4a, aac, flac, ogg.");
        assertInvalid(new Multipart().file("audio", "big.wav", new byte[25_600 * 1024 + 1]),
                "The audio field must not be greater than 25600 kilobytes.");
        assertInvalid(new Multipart().file("audio", "a.wav", WAV).field("name", "n".repeat(256)),
                "The name field must not be greater than 255 characters.");
    }

    @Test
    void noKeyIs401AndAnotherUsersAudioIs403() {
        Reply unauthenticated = client.post("/api/v1/audios", new Multipart().file("audio", "a.wav", WAV));
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.json()).isEqualTo(Map.of("message", "Unauthenticated."));

        String ann = key("ann@example.com");
        Object id = data(upload(ann, new Multipart().file("audio", "a.wav", WAV))).get("id");
        Reply other = client.get("/api/v1/audios/" + id, auth(key("bob@example.com")));

        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json()).isEqualTo(Map.of("message", "This action is unauthorized."));
        assertThat((List<?>) client.get("/api/v1/audios", auth(key("bob@example.com"))).json().get("data"))
                .isEmpty();
    }

    private void assertInvalid(Multipart form, String message) {
        String before = footprintOfAudios();
        Reply reply = upload(KEY, form);
        assertThat(footprintOfAudios()).as("a refused upload stores nothing").isEqualTo(before);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().get("message")).isEqualTo(message);
        assertThat(reply.json()).containsKey("errors");
    }

    private String footprintOfAudios() {
        return jdbc.sql("select count(*) from sub_audios").query(Long.class).single() + " rows, " + footprint();
    }

    private String key(String email) {
        String userId = users.findByEmail(email).orElseGet(() -> users.create(email, email, false)).id();
        String project = projects.findByName(PROJECT).orElseThrow().id();
        return apiKeys.create("k", userId, Set.of(Scopes.AUDIO_WRITE, Scopes.AUDIO_READ), List.of(project))
                .plainKey();
    }

    private Reply upload(String key, Multipart form) {
        return client.post("/api/v1/audios", form, auth(key));
    }

    /** The audio without its url's signature and expiry, which change from one second to the next. */
    private static Map<String, Object> unsigned(Map<String, Object> audio) {
        Map<String, Object> copy = new LinkedHashMap<>(audio);
        copy.put("url", ((String) audio.get("url")).replaceAll("\\?.*$", ""));
        return copy;
    }

    private static String[] auth(String key) {
        return new String[] {"Authorization", "Bearer " + key};
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Reply reply) {
        return (Map<String, Object>) reply.json().get("data");
    }
}
