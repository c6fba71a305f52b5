package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.TestAudio;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioDoorTest extends StudioServerTest {

    private static final byte[] TWO_SECONDS = TestAudio.toneWav(2.0, 16_000, 1, 0);

    @Test
    @SuppressWarnings("unchecked")
    void anUploadUrlCarriesEveryFieldRelayNamesWithItsType() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);

        Map<String, Object> upload = uploadUrl(key, dataset, "sample.wav", "audio/wav", 1048576);

        assertThat(upload).containsOnlyKeys("upload_url", "fields", "key", "expires_in", "audio_id");
        assertThat((String) upload.get("upload_url")).isEqualTo("http://localhost:" + port + "/studio/uploads");
        assertThat(upload.get("expires_in")).isEqualTo(3600);
        assertThat(StudioIds.parse((String) upload.get("audio_id"))).isPresent();
        Map<String, Object> fields = (Map<String, Object>) upload.get("fields");
        assertThat(fields).containsKeys("key", "policy", "x-amz-algorithm", "x-amz-credential", "x-amz-date",
                "x-amz-signature", "x-amz-security-token").containsEntry("key", upload.get("key"))
                .containsEntry("x-amz-algorithm", "AWS4-HMAC-SHA256");
        assertThat(fields.values()).allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
        assertThat((String) fields.get("x-amz-date")).matches("\\d{8}T\\d{6}Z");
        Map<String, Object> listed = get("/api/v1/datasets/" + dataset + "/audio", key).json();
        assertThat((List<Map<String, Object>>) listed.get("items")).singleElement().satisfies(audio -> assertThat(audio)
                .containsEntry("id", upload.get("audio_id")).containsEntry("original_filename", "sample.wav")
                .containsEntry("processing_status", "pending").containsEntry("duration_ms", null));
    }

    @Test
    void aWavUploadedAndConfirmedIsProcessedToReadyWithItsDuration() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        Map<String, Object> upload = uploadUrl(key, dataset, "sample.wav", "audio/wav", TWO_SECONDS.length);

        Reply stored = postForm(upload, Map.of(), "sample.wav", TWO_SECONDS);
        Reply confirmed = call("POST", "/api/v1/datasets/" + dataset + "/audio/confirm", key,
                "{\"audio_id\": \"" + upload.get("audio_id") + "\"}");
        Map<String, Object> processed = awaitProcessed(key, dataset, (String) upload.get("audio_id"));

        assertThat(stored.status()).as(stored.toString()).isEqualTo(204);
        assertThat(stored.header("ETag")).matches("\"[0-9a-f]{32}\"");
        assertThat(confirmed.json()).containsOnlyKeys("audio_id", "status", "message")
                .containsEntry("audio_id", upload.get("audio_id")).containsEntry("status", "pending");
        assertThat(processed).containsEntry("processing_status", "ready").containsEntry("duration_ms", 2000)
                .containsEntry("sample_rate", 16000).containsEntry("channels", 1)
                .containsEntry("file_size", TWO_SECONDS.length).containsEntry("error_message", null);
        assertThat(get("/api/v1/datasets/" + dataset, key).json()).containsEntry("audio_count", 1);
        assertThat(blobsOf(dataset)).as("the upload, its working copy and its features").isEqualTo(3);
    }

    @Test
    void aFlacIsProcessedToReadyAndGarbageFailsWithAReasonAndNoBlobs(@TempDir Path dir) throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        byte[] flac = TestAudio.encode(TestAudio.toneWav(1.5, 44_100, 2, 0), OutputFormat.FLAC, dir);
        byte[] garbage = "this is not audio at all, only text pretending".repeat(50)
                .getBytes(StandardCharsets.UTF_8);

        String flacId = uploadAndConfirm(key, dataset, "tone.flac", flac);
        String garbageId = uploadAndConfirm(key, dataset, "broken.wav", garbage);

        assertThat(awaitProcessed(key, dataset, flacId)).containsEntry("processing_status", "ready")
                .containsEntry("duration_ms", 1500).containsEntry("channels", 2).containsEntry("sample_rate", 44100);
        Map<String, Object> failed = awaitProcessed(key, dataset, garbageId);
        assertThat(failed).containsEntry("processing_status", "failed").containsEntry("duration_ms", null);
        assertThat((String) failed.get("error_message"))
                .startsWith("not audio: the file could not be decoded as any supported format");
        assertThat(blobsOf(dataset)).as("the FLAC, its working copy and its features; nothing of the garbage")
                .isEqualTo(3);
    }

    @Test
    void confirmingAFileNotUploadedYetIsABadRequestThatChangesNothing() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        Map<String, Object> upload = uploadUrl(key, dataset, "sample.wav", "audio/wav", 1000);

        Reply early = call("POST", "/api/v1/datasets/" + dataset + "/audio/confirm", key,
                "{\"audio_id\": \"" + upload.get("audio_id") + "\"}");

        assertThat(early.status()).isEqualTo(400);
        assertThat((String) early.json().get("detail")).startsWith("The file has not been uploaded yet");
        assertThat(get("/api/v1/datasets/" + dataset + "/audio/" + upload.get("audio_id"), key).json())
                .containsEntry("processing_status", "pending");
    }

    @Test
    void aTamperedFormIsRefusedInS3sShapeAndStoresNothing() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        Map<String, Object> upload = uploadUrl(key, dataset, "sample.wav", "audio/wav", TWO_SECONDS.length);
        @SuppressWarnings("unchecked")
        String policy = ((Map<String, String>) upload.get("fields")).get("policy");

        Reply otherKey = postForm(upload, Map.of("key", "studio/datasets/elsewhere.wav"), "a.wav", TWO_SECONDS);
        Reply otherPolicy = postForm(upload, Map.of("policy", policy.substring(1) + "A"), "a.wav", TWO_SECONDS);
        Reply extraField = postForm(upload, Map.of("acl", "public-read"), "a.wav", TWO_SECONDS);
        Reply wrongType = postForm(upload, Map.of("Content-Type", "text/plain"), "a.wav", TWO_SECONDS);

        assertThat(otherKey.status()).isEqualTo(403);
        assertThat(otherKey.header("Content-Type")).startsWith("application/xml");
        assertThat(otherKey.text()).contains("<Code>AccessDenied</Code>")
                .contains("<Message>Invalid according to Policy: Policy Condition failed: [&quot;eq&quot;,"
                        + "&quot;$key&quot;");
        assertThat(otherPolicy.status()).isEqualTo(403);
        assertThat(otherPolicy.text()).contains("<Code>SignatureDoesNotMatch</Code>");
        assertThat(extraField.text()).contains("Extra input fields: acl");
        assertThat(wrongType.status()).isEqualTo(403);
        assertThat(blobsOf(dataset)).isZero();
        assertThat(call("POST", "/api/v1/datasets/" + dataset + "/audio/confirm", key,
                "{\"audio_id\": \"" + upload.get("audio_id") + "\"}").status()).isEqualTo(400);
    }

    @Test
    void aFileOverItsDeclaredSizeIsRefusedWhileStreamingAndNothingIsKept() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        Map<String, Object> upload = uploadUrl(key, dataset, "sample.wav", "audio/wav", 1000);

        Reply tooLarge = postForm(upload, Map.of(), "sample.wav", TWO_SECONDS);
        Reply empty = postForm(upload, Map.of(), "sample.wav", new byte[0]);

        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.text()).contains("<Code>EntityTooLarge</Code>").contains("<MaxSizeAllowed>1000<");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("<Code>EntityTooSmall</Code>");
        assertThat(blobsOf(dataset)).isZero();
    }

    @Test
    void aConfirmedFileIsNotReplacedByAnotherPostOfItsForm() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        Map<String, Object> upload = uploadUrl(key, dataset, "sample.wav", "audio/wav", TWO_SECONDS.length);
        assertThat(postForm(upload, Map.of(), "sample.wav", TWO_SECONDS).status()).isEqualTo(204);
        String audioId = (String) upload.get("audio_id");
        call("POST", "/api/v1/datasets/" + dataset + "/audio/confirm", key, "{\"audio_id\": \"" + audioId + "\"}");

        Reply again = postForm(upload, Map.of(), "sample.wav", TestAudio.silenceWav(1.0, 16_000));
        Reply confirmedAgain = call("POST", "/api/v1/datasets/" + dataset + "/audio/confirm", key,
                "{\"audio_id\": \"" + audioId + "\"}");

        assertThat(again.status()).isEqualTo(403);
        assertThat(again.text()).contains("<Code>AccessDenied</Code>");
        assertThat(confirmedAgain.status()).isEqualTo(200);
        assertThat(awaitProcessed(key, dataset, audioId)).containsEntry("duration_ms", 2000)
                .containsEntry("processing_status", "ready");
    }

    @Test
    void badUploadRequestsArePydanticErrorsAndOtherTenantsFilesAreNotFound() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String other = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String audioId = (String) uploadUrl(key, dataset, "a.wav", "audio/wav", 100).get("audio_id");

        Reply invalid = call("POST", "/api/v1/datasets/" + dataset + "/audio/upload-url", key,
                "{\"filename\": \"\", \"content_type\": \"text/plain\", \"file_size\": 0}");
        Reply tooLarge = call("POST", "/api/v1/datasets/" + dataset + "/audio/upload-url", key,
                "{\"filename\": \"a.wav\", \"content_type\": \"audio/wav\", \"file_size\": 524288001}");
        Reply badStatus = get("/api/v1/datasets/" + dataset + "/audio?status=done", key);

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(detail(invalid)).extracting(e -> e.get("loc"), e -> e.get("type")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("body", "filename"), "value_error.any_str.min_length"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "content_type"), "value_error"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "file_size"), "value_error.number.not_ge"));
        assertThat(detail(tooLarge)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("msg", "ensure this value is less than or equal to 524288000"));
        assertThat(detail(badStatus)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("loc", List.of("query", "status")).containsEntry("type", "type_error.enum"));
        assertThat(get("/api/v1/datasets/" + dataset + "/audio/" + audioId, other).json())
                .isEqualTo(Map.of("detail", "Dataset not found"));
        String otherDataset = dataset(other);
        Reply foreign = get("/api/v1/datasets/" + otherDataset + "/audio/" + audioId, other);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json()).isEqualTo(Map.of("detail", "Audio file not found"));
    }

    @Test
    void deletingAFileRemovesItsRowAndBlobs() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String audioId = uploadAndConfirm(key, dataset, "sample.wav", TWO_SECONDS);
        awaitProcessed(key, dataset, audioId);

        Reply deleted = call("DELETE", "/api/v1/datasets/" + dataset + "/audio/" + audioId, key, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/api/v1/datasets/" + dataset + "/audio/" + audioId, key).status()).isEqualTo(404);
        assertThat(blobsOf(dataset)).isZero();
    }
}
