package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.TestAudio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Every documented refusal of the door: its status, its {@code {"error": ...}} body, and nothing half-written. */
class EnhanceRejectionTest extends EnhanceServerTest {

    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Projects projects;
    @Value("${earshot.home}")
    Path home;
    @TempDir
    Path dir;

    private String before;

    @BeforeEach
    void remember() {
        before = footprint();
    }

    @Test
    void aMissingOrInvalidKeyIs401OnEveryEndpoint() {
        String wrong = "es_" + "0".repeat(40);
        for (String[] headers : List.of(new String[0], new String[] {"x-api-key", wrong},
                new String[] {"Authorization", "Bearer " + wrong})) {
            assertError(client.post("/v1/upload", new Multipart().file("file", "a.wav", NoisyAudio.wav(1)), headers),
                    401, "missing or invalid API key");
            assertError(client.post("/v1/remove-noise", null, "{\"input\": \"x\"}".getBytes(), headers),
                    401, "missing or invalid API key");
            assertError(client.get("/v1/remove-noise/" + UUID.randomUUID() + "/status", headers),
                    401, "missing or invalid API key");
        }
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aKeyWithoutTheScopeIs403() {
        String readOnly = key(Set.of(Scopes.AUDIO_READ), List.of(myProject().id()));
        String writeOnly = key(Set.of(Scopes.AUDIO_WRITE), List.of(myProject().id()));

        assertError(client.post("/v1/upload", new Multipart().file("file", "a.wav", NoisyAudio.wav(1)),
                "x-api-key", readOnly), 403, "this API key lacks the audio:write scope");
        assertError(client.post("/v1/remove-noise", null, "{\"input\": \"x\"}".getBytes(), "X-API-KEY", readOnly),
                403, "this API key lacks the audio:write scope");
        assertError(client.get("/v1/remove-noise/" + UUID.randomUUID() + "/status", "Authorization",
                "Bearer " + writeOnly), 403, "this API key lacks the audio:read scope");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aKeyWithoutAnyProjectCannotUpload() {
        String orphan = key(Set.of(Scopes.AUDIO_WRITE), List.of());

        assertError(client.post("/v1/upload", new Multipart().file("file", "a.wav", NoisyAudio.wav(1)),
                "x-api-key", orphan), 403, "this API key is not granted any project to file work under");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void emptyTextGarbageAndTruncatedUploadsAre400AndStoreNothing() throws IOException {
        byte[] garbage = new byte[4000];
        new Random(1).nextBytes(garbage);
        byte[] wav = TestAudio.toneWav(2, 16_000, 1, 0);
        byte[] truncatedHeader = Arrays.copyOf(wav, 30);

        assertError(upload400("empty.wav", new byte[0]), 400, "the file 'empty.wav' is empty");
        assertError(upload400("notes.txt", "hello, this is not audio".getBytes(StandardCharsets.UTF_8)), 400,
                "not an audio or video file Earshot can read: cannot decode 'notes.txt'");
        assertError(upload400("noise.mp3", garbage), 400,
                "not an audio or video file Earshot can read: cannot decode 'noise.mp3'");
        assertError(upload400("cut.wav", truncatedHeader), 400,
                "not an audio or video file Earshot can read: cannot decode 'cut.wav'");
        assertThat(footprint()).isEqualTo(before);
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void uploadsThatCanNeverBeProcessedAre400NamingTheFileAndStoreNothing() throws IOException {
        byte[] wav = NoisyAudio.wav(4);
        byte[] mp3 = TestAudio.encode(wav, OutputFormat.MP3, dir);

        assertError(upload400("header-only.wav", TestAudio.wav(new byte[0], 16_000, 1)), 400,
                "cannot decode 'header-only.wav': the file contains no audio samples");
        assertError(upload400("cut.wav", Arrays.copyOf(wav, wav.length / 3)), 400,
                "cannot decode 'cut.wav': the file is truncated: it declares 4.000 s but only 1.3");
        assertError(upload400("cut.mp3", Arrays.copyOf(mp3, mp3.length / 3)), 400,
                "cannot decode 'cut.mp3': the file is truncated: it declares 4.");
        assertThat(footprint()).isEqualTo(before);
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void twoFilePartsAre400SayingOneFileIsAccepted() {
        Multipart form = new Multipart().file("file", "a.wav", NoisyAudio.wav(1)).file("file", "b.wav",
                NoisyAudio.wav(1));

        assertError(client.post("/v1/upload", form, "x-api-key", KEY), 400, "send exactly one 'file'; got 2");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void badUploadFormsAre400() {
        assertError(client.post("/v1/upload", new Multipart().field("other", "x"), "x-api-key", KEY), 400,
                "the multipart form field 'file' is required");
        assertError(client.post("/v1/upload", "application/octet-stream", NoisyAudio.wav(1), "x-api-key", KEY), 400,
                "the multipart form field 'file' is required");
        assertError(client.post("/v1/upload", "multipart/form-data; boundary=xyz", "--xyz\r\nbroken".getBytes(),
                "x-api-key", KEY), 400, "the multipart/form-data body could not be read");
        assertError(client.post("/v1/upload?inputExt=../../x", new Multipart().file("file", "a.wav",
                NoisyAudio.wav(1)), "x-api-key", KEY), 400, "inputExt must be 1 to 10 letters or digits");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aHostileFileNameNamesNothingOnDisk() {
        String fileId = upload("../../../etc/pass wd;rm.wav", NoisyAudio.wav(1));

        String blobKey = jdbc.sql("select blob_key from enhance_uploads where id = ?").param(fileId)
                .query(String.class).single();
        assertThat(blobKey).isEqualTo("uploads/" + fileId + "/input.wav");
        assertThat(home.resolve("blobs").resolve(blobKey)).exists();
    }

    @Test
    void badRemoveNoiseBodiesAre400() {
        assertError(removeNoise(""), 400, "the body is empty");
        assertError(removeNoise("fileId=abc"), 400, "the body is not valid JSON");
        assertError(removeNoise("[\"a\"]"), 400, "the body must be a JSON object");
        assertError(removeNoise("{\"outputExtension\": \"mp3\"}"), 400, "input is required");
        assertError(removeNoise("{\"input\": \"a\", \"fileId\": \"b\"}"), 400, "give either input or fileId");
        assertError(removeNoise("{\"input\": 42}"), 400, "input must be a string");
        assertError(removeNoise("{\"input\": \"https://example.com/a.wav\", \"outputExtension\": \"exe\"}"), 400,
                "outputExtension 'exe' is not supported; use one of wav, flac, mp3, ogg, m4a, mp4, mov, mkv, webm");
        assertError(removeNoise("{\"input\": \"" + "x".repeat(70_000) + "\"}"), 413, "the body is larger than");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void urlsTheDefaultPolicyRefusesAre400WithItsReason() {
        assertError(removeNoise("{\"input\": \"http://127.0.0.1:9/a.wav\"}"), 400,
                "the input URL is refused: only https URLs are allowed, got http://; "
                        + "set EARSHOT_OUTBOUND_ALLOW_HTTP=true");
        assertError(removeNoise("{\"input\": \"https://127.0.0.1:9/a.wav\"}"), 400,
                "the input URL is refused: the host 127.0.0.1 resolves to 127.0.0.1, a private, loopback");
        assertError(removeNoise("{\"input\": \"https://localhost/a.wav\"}"), 400,
                "the input URL is refused: the host localhost resolves to");
        assertError(removeNoise("{\"input\": \"ftp://example.com/a.wav\"}"), 400,
                "the input URL is refused: only https URLs are allowed, got ftp://");
        String fileId = upload("a.wav", NoisyAudio.wav(1));
        String uploaded = footprint();
        assertError(removeNoise("{\"input\": \"" + fileId + "\", \"output\": \"https://10.1.2.3/out.wav?sig=1\"}"),
                400, "the output URL is refused: the host 10.1.2.3 resolves to 10.1.2.3, a private");
        assertThat(footprint()).isEqualTo(uploaded);
    }

    @Test
    void unknownIdsAndIdsOfAnotherProjectAre404() {
        Project other = projects.create("other-" + UUID.randomUUID());
        String otherKey = key(Set.of(Scopes.AUDIO_WRITE, Scopes.AUDIO_READ), List.of(other.id()));
        String theirFile = readJson(client.post("/v1/upload", new Multipart().file("file", "a.wav",
                NoisyAudio.wav(1)), "x-api-key", otherKey), "fileId");
        String myJob = submit("{\"fileId\": \"" + upload("b.wav", NoisyAudio.wav(1)) + "\"}");
        String afterSetup = footprint();

        assertError(removeNoise("{\"fileId\": \"" + UUID.randomUUID() + "\"}"), 404, "no uploaded file with fileId");
        String mine = key(Set.of(Scopes.AUDIO_WRITE), List.of(myProject().id()));
        assertError(client.post("/v1/remove-noise", "application/json", ("{\"fileId\": \"" + theirFile + "\"}")
                .getBytes(), "x-api-key", mine), 404, "no uploaded file with fileId");
        assertError(client.get("/v1/remove-noise/" + UUID.randomUUID() + "/status", "x-api-key", KEY), 404,
                "no noise-removal job with id");
        assertError(client.get("/v1/remove-noise/" + myJob + "/status", "x-api-key", otherKey), 404,
                "no noise-removal job with id " + myJob);
        assertThat(footprint()).isEqualTo(afterSetup);
    }

    @Test
    void downloadPathsThatNameNoResultAre404() {
        String path = (String) awaitFinished(submit("{\"fileId\": \"" + upload("c.wav", NoisyAudio.wav(1))
                + "\"}")).get("downloadPath");

        assertError(client.get("/v1/" + path.replace(".wav", ".mp3")), 404, "no result at this path");
        assertError(client.get("/v1/dl/artifacts/clean/enhanced_" + UUID.randomUUID() + ".wav"), 404,
                "no result at this path");
        assertError(client.get("/v1/dl/../../etc/passwd"), 404, "");
        assertError(client.get("/v1/dl/anything"), 404, "no result at this path");
        assertThat(client.get("/v1/" + path).status()).isEqualTo(200);
    }

    private DoorClient.Reply upload400(String name, byte[] content) {
        return client.post("/v1/upload", new Multipart().file("file", name, content), "x-api-key", KEY);
    }

    private static void assertError(DoorClient.Reply reply, int status, String messageStart) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        if (!messageStart.isEmpty()) {
            assertThat(reply.json()).as(reply.toString()).containsOnlyKeys("error");
            assertThat((String) reply.json().get("error")).startsWith(messageStart);
        }
    }

    private static String readJson(DoorClient.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return (String) reply.json().get(field);
    }

    private Project myProject() {
        return projects.findByName("my-project").orElseThrow();
    }

    private String key(Set<String> scopes, List<String> projectIds) {
        return apiKeys.create("test-" + UUID.randomUUID(), null, scopes, projectIds).plainKey();
    }

    private String footprint() {
        Path uploads = home.resolve("blobs").resolve("uploads");
        try (Stream<Path> blobs = Files.exists(uploads)
                ? Files.walk(uploads).filter(Files::isRegularFile) : Stream.empty()) {
            return "uploads=" + rows("enhance_uploads") + " downloads=" + rows("enhance_downloads") + " jobs="
                    + rows("jobs") + " upload blobs=" + blobs.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> workFiles() throws IOException {
        try (Stream<Path> files = Files.exists(home.resolve("work"))
                ? Files.walk(home.resolve("work")).filter(p -> p.getFileName().toString().startsWith("upload-"))
                : Stream.empty()) {
            return files.toList();
        }
    }
}
