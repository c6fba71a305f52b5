package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.TestAudio;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inference jobs and their files at the door: Relay's fields and defaults, the upload form, confirm, a file that is
 * not audio, counters that add up, cancel, tenants and schema errors.
 */
class InferenceJobsDoorTest extends StudioJobsServerTest {

    private static final String BUILT_IN = "\"model_id\": \"" + BuiltInModel.ID + "\"";

    @Test
    void aJobOfTheBuiltInModelStartsPendingWithRelaysFieldsAndDefaultRules() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);

        Reply created = call("POST", INFERENCE_JOBS, key, "{" + BUILT_IN + "}");
        Reply tuned = call("POST", INFERENCE_JOBS, key, "{" + BUILT_IN + ", \"config\": {\"threshold\": 0.8, "
                + "\"merge_window_ms\": 0, \"min_duration_ms\": 1000}}");
        Map<String, Object> shown = get(INFERENCE_JOBS + "/" + created.json().get("id"), key).json();
        Map<String, Object> list = get(INFERENCE_JOBS, key).json();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json()).containsOnlyKeys("id", "tenant_id", "model_id", "config", "status", "total_files",
                        "processed_files", "failed_files", "total_detections", "error_message", "created_at",
                        "started_at", "completed_at")
                .containsEntry("model_id", BuiltInModel.ID).containsEntry("status", "pending")
                .containsEntry("config", Map.of("threshold", 0.5, "merge_window_ms", 200, "min_duration_ms", 50))
                .containsEntry("total_files", 0).containsEntry("processed_files", 0).containsEntry("failed_files", 0)
                .containsEntry("total_detections", 0).containsEntry("error_message", null)
                .containsEntry("started_at", null).containsEntry("completed_at", null);
        assertThat(tuned.json()).containsEntry("config", Map.of("threshold", 0.8, "merge_window_ms", 0,
                "min_duration_ms", 1000));
        assertThat(shown).containsEntry("files", List.of()).containsEntry("id", created.json().get("id"));
        assertThat(list).containsEntry("total", 2).containsEntry("has_more", false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileIsUploadedThroughItsFormConfirmedOnceAndAFileThatIsNotAudioFailsWithTheReason() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String job = (String) call("POST", INFERENCE_JOBS, key, "{" + BUILT_IN + "}").json().get("id");
        byte[] garbage = "this is not audio at all, only text pretending".repeat(40).getBytes(StandardCharsets.UTF_8);

        Reply url = call("POST", INFERENCE_JOBS + "/" + job + "/files/upload-url", key,
                "{\"filename\": \"broken.wav\", \"file_size_bytes\": " + garbage.length + "}");
        String fileId = (String) url.json().get("file_id");
        Reply early = call("POST", INFERENCE_JOBS + "/" + job + "/files/confirm", key,
                "{\"file_id\": \"" + fileId + "\"}");
        Map<String, Object> form = new java.util.LinkedHashMap<>(url.json());
        form.put("fields", url.json().get("upload_fields"));
        Reply stored = postForm(form, Map.of(), "broken.wav", garbage);
        Reply confirmed = call("POST", INFERENCE_JOBS + "/" + job + "/files/confirm", key,
                "{\"file_id\": \"" + fileId + "\"}");
        Reply twice = call("POST", INFERENCE_JOBS + "/" + job + "/files/confirm", key,
                "{\"file_id\": \"" + fileId + "\"}");
        Map<String, Object> failed = awaitFile(key, job, fileId);
        Map<String, Object> detail = get(INFERENCE_JOBS + "/" + job, key).json();

        assertThat(url.status()).as(url.toString()).isEqualTo(200);
        assertThat(url.json()).containsOnlyKeys("file_id", "upload_url", "upload_fields", "s3_key", "expires_in")
                .containsEntry("upload_url", "http://localhost:" + port + "/studio/uploads")
                .containsEntry("expires_in", 3600);
        assertThat((Map<String, Object>) url.json().get("upload_fields")).containsKeys("key", "policy",
                "x-amz-algorithm", "x-amz-credential", "x-amz-date", "x-amz-signature", "x-amz-security-token")
                .containsEntry("key", url.json().get("s3_key"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json()).containsEntry("detail", "The file has not been uploaded yet: POST it with the "
                + "upload_fields to the upload_url, then confirm.");
        assertThat(stored.status()).isEqualTo(204);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json()).containsOnlyKeys("id", "inference_job_id", "original_filename", "s3_key",
                        "duration_ms", "status", "error_message", "detections", "detection_count", "processed_at",
                        "created_at")
                .containsEntry("id", fileId).containsEntry("inference_job_id", job)
                .containsEntry("original_filename", "broken.wav").containsEntry("detections", null)
                .containsEntry("detection_count", 0);
        assertThat(confirmed.json()).containsEntry("status", "queued");
        assertThat(twice.status()).isEqualTo(200);
        assertThat(failed).containsEntry("status", "failed").containsEntry("detections", null)
                .containsEntry("duration_ms", null);
        assertThat((String) failed.get("error_message")).startsWith("not audio: the file could not be decoded");
        assertThat(detail).containsEntry("status", "failed").containsEntry("total_files", 1)
                .containsEntry("processed_files", 0).containsEntry("failed_files", 1)
                .containsEntry("error_message", "Every file of the job failed; each file's error_message says why.");
        assertThat((List<?>) detail.get("files")).hasSize(1);
        assertThat(get(INFERENCE_JOBS + "/" + job + "/files/" + StudioIds.newId(), key).json())
                .isEqualTo(Map.of("detail", "Inference file not found"));
    }

    @Test
    void cancellingAPendingJobFailsItsUnfinishedFilesAndAJobThatIsOverCannotBeCancelled() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String job = (String) call("POST", INFERENCE_JOBS, key, "{" + BUILT_IN + "}").json().get("id");
        String fileId = (String) call("POST", INFERENCE_JOBS + "/" + job + "/files/upload-url", key,
                "{\"filename\": \"later.wav\", \"file_size_bytes\": 1000}").json().get("file_id");

        Reply cancelled = call("POST", INFERENCE_JOBS + "/" + job + "/cancel", key, null);
        Reply again = call("POST", INFERENCE_JOBS + "/" + job + "/cancel", key, null);
        Reply moreFiles = call("POST", INFERENCE_JOBS + "/" + job + "/files/upload-url", key,
                "{\"filename\": \"more.wav\", \"file_size_bytes\": 1000}");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json()).containsEntry("status", "cancelled").containsEntry("total_files", 1)
                .containsEntry("failed_files", 1);
        assertThat((String) cancelled.json().get("completed_at")).isNotNull();
        assertThat(get(INFERENCE_JOBS + "/" + job + "/files/" + fileId, key).json())
                .containsEntry("status", "failed")
                .containsEntry("error_message", "the inference job was cancelled before this file was processed");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json()).containsEntry("detail", "The inference job is cancelled; only a pending or "
                + "processing job can be cancelled.");
        assertThat(moreFiles.status()).isEqualTo(400);
        assertThat(moreFiles.json()).containsEntry("detail", "The inference job is cancelled and takes no more "
                + "files; create a new inference job for them.");
    }

    @Test
    void anUnknownOrAnotherProjectsModelOrJobIsNotFoundAndMalformedBodiesAre422s() {
        String mine = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String theirs = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String theirJob = (String) call("POST", INFERENCE_JOBS, theirs, "{" + BUILT_IN + "}").json().get("id");

        Reply unknownModel = call("POST", INFERENCE_JOBS, mine, "{\"model_id\": \"" + StudioIds.newId() + "\"}");
        Reply theirJobReply = get(INFERENCE_JOBS + "/" + theirJob, mine);
        Reply theirUpload = call("POST", INFERENCE_JOBS + "/" + theirJob + "/files/upload-url", mine,
                "{\"filename\": \"a.wav\", \"file_size_bytes\": 10}");
        Reply rules = call("POST", INFERENCE_JOBS, mine, "{\"config\": {\"threshold\": 1.5, \"merge_window_ms\": -1,"
                + " \"min_duration_ms\": 2000}}");
        String myJob = (String) call("POST", INFERENCE_JOBS, mine, "{" + BUILT_IN + "}").json().get("id");
        Reply upload = call("POST", INFERENCE_JOBS + "/" + myJob + "/files/upload-url", mine,
                "{\"file_size_bytes\": 524288001, \"content_type\": \"text/plain\"}");
        Reply confirm = call("POST", INFERENCE_JOBS + "/" + myJob + "/files/confirm", mine, "{\"file_id\": 12}");
        Reply badPath = get(INFERENCE_JOBS + "/" + myJob + "/files/xyz", mine);

        assertThat(unknownModel.status()).isEqualTo(404);
        assertThat(unknownModel.json()).isEqualTo(Map.of("detail", "Model not found"));
        assertThat(theirJobReply.json()).isEqualTo(Map.of("detail", "Inference job not found"));
        assertThat(theirUpload.status()).isEqualTo(404);
        assertThat(detail(rules)).extracting(e -> e.get("loc"), e -> e.get("type")).containsExactly(
                tuple(List.of("body", "model_id"), "value_error.missing"),
                tuple(List.of("body", "config", "threshold"), "value_error.number.not_le"),
                tuple(List.of("body", "config", "merge_window_ms"), "value_error.number.not_ge"),
                tuple(List.of("body", "config", "min_duration_ms"), "value_error.number.not_le"));
        assertThat(detail(upload)).extracting(e -> e.get("loc"), e -> e.get("type")).containsExactly(
                tuple(List.of("body", "filename"), "value_error.missing"),
                tuple(List.of("body", "file_size_bytes"), "value_error.number.not_le"),
                tuple(List.of("body", "content_type"), "value_error"));
        assertThat(detail(confirm)).extracting(e -> e.get("loc"), e -> e.get("type"))
                .containsExactly(tuple(List.of("body", "file_id"), "type_error.uuid"));
        assertThat(detail(badPath)).extracting(e -> e.get("loc")).containsExactly(List.of("path", "file_id"));
        assertThat(get(INFERENCE_JOBS, mine).json()).containsEntry("total", 1);
    }

    @Test
    void theBuiltInModelIsListedFirstForEveryTenantWithItsFixedIdAndTheEightBuiltInTypes() {
        String key = projectKey(Scopes.AUDIO_READ);

        Map<String, Object> list = get("/api/v1/models", key).json();
        Reply builtIn = get("/api/v1/models/" + BuiltInModel.ID, key);
        Map<String, Object> secondPage = get("/api/v1/models?page=2&page_size=1", key).json();
        Reply unknown = get("/api/v1/models/" + StudioIds.newId(), key);
        Reply badId = get("/api/v1/models/latest", key);

        assertThat(list).containsEntry("total", 1).containsEntry("has_more", false);
        assertThat(list.get("items")).isEqualTo(List.of(builtIn.json()));
        assertThat(builtIn.json()).containsEntry("id", "00000000-0000-4000-8000-0000000000b1")
                .containsEntry("status", "ready").containsEntry("built_in", true)
                .containsEntry("artifact_types", List.of("clipping", "click", "dropout", "hum", "dc_offset",
                        "noise_burst", "low_level", "band_limited"))
                .containsEntry("config", Map.of("chunk_size_ms", 500, "stride_ms", 250))
                .containsEntry("training_job_id", null).containsKeys("tenant_id", "name", "metrics", "created_at");
        assertThat(secondPage).containsEntry("items", List.of()).containsEntry("total", 1);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json()).isEqualTo(Map.of("detail", "Model not found"));
        assertThat(badId.status()).isEqualTo(422);
    }
}
