package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.TestAudio;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Training jobs at the door: Relay's fields and defaults, its prerequisites as 400s, schema errors, tenants, cancel. */
class TrainingJobsDoorTest extends StudioJobsServerTest {

    private static final byte[] FIVE_MINUTES = TestAudio.toneWav(300, 8_000, 1, 0);
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    @Test
    @SuppressWarnings("unchecked")
    void aJobWhosePrerequisitesHoldIsQueuedWithRelaysFieldsThenCancelledOnceAndListed() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String audio = readyFiles(key, dataset, List.of(FIVE_MINUTES)).get(0);
        String set = publishedSet(key, dataset, List.of(annotation(audio, "glitch", 1000, 1200)));

        Reply missingType = call("POST", TRAINING_JOBS, key, trainingBody(dataset, set, "glitch", "long_pause"));
        Reply created = call("POST", TRAINING_JOBS, key, trainingBody(dataset, set, "glitch"));
        Reply cancelled = call("POST", TRAINING_JOBS + "/" + created.json().get("id") + "/cancel", key, null);
        Reply again = call("POST", TRAINING_JOBS + "/" + created.json().get("id") + "/cancel", key, null);
        Reply second = call("POST", TRAINING_JOBS, key, "{\"dataset_id\": \"" + dataset + "\", \"annotation_set_id\": \""
                + set + "\", \"config\": {\"artifact_types\": [\"glitch\"], \"epochs\": 3, \"validation_split\": 0.5,"
                + " \"learning_rate\": 0.01, \"batch_size\": 64, \"chunk_size_ms\": 200, \"stride_ms\": 100}}");
        Map<String, Object> page = get(TRAINING_JOBS + "?page_size=1", key).json();

        assertThat(missingType.status()).isEqualTo(400);
        assertThat(missingType.json()).containsEntry("detail", "Annotation set v1 has no annotation of type "
                + "'long_pause'; training needs at least one annotation of every type it trains.");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Map<String, Object> job = created.json();
        assertThat(job).containsOnlyKeys("id", "tenant_id", "dataset_id", "annotation_set_id", "config", "status",
                        "progress", "queue_position", "error_message", "model_id", "created_at", "started_at",
                        "completed_at")
                .containsEntry("dataset_id", dataset).containsEntry("annotation_set_id", set)
                .containsEntry("error_message", null).containsEntry("model_id", null)
                .containsEntry("config", Map.of("artifact_types", List.of("glitch"), "epochs", 20,
                        "validation_split", 0.2, "learning_rate", 0.001, "batch_size", 32, "chunk_size_ms", 500,
                        "stride_ms", 250));
        assertThat((String) job.get("id")).matches(UUID);
        assertThat((String) job.get("created_at")).matches(TIME);
        assertThat(job.get("status")).isIn("queued", "training");
        assertThat(job.get("progress")).isInstanceOf(Double.class);
        if (job.get("status").equals("queued")) {
            assertThat((Integer) job.get("queue_position")).isGreaterThanOrEqualTo(1);
        }
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json()).containsEntry("status", "cancelled").containsEntry("queue_position", null)
                .containsEntry("model_id", null);
        assertThat((String) cancelled.json().get("completed_at")).matches(TIME);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json()).containsEntry("detail", "The training job is cancelled and can no longer be "
                + "cancelled.");
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat((Map<String, Object>) second.json().get("config")).containsEntry("epochs", 3)
                .containsEntry("validation_split", 0.5).containsEntry("learning_rate", 0.01)
                .containsEntry("batch_size", 64).containsEntry("chunk_size_ms", 200).containsEntry("stride_ms", 100);
        assertThat(page).containsEntry("total", 2).containsEntry("page_size", 1).containsEntry("has_more", true);
        assertThat((List<Map<String, Object>>) page.get("items")).singleElement()
                .satisfies(newest -> assertThat(newest).containsEntry("id", second.json().get("id")));
    }

    @Test
    void aDraftSetATypeTheDatasetLacksAndAFileNotReadyAreEachA400ThatSaysWhatToDo() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String draft = (String) call("POST", "/api/v1/datasets/" + dataset + "/annotation-sets", key, null).json()
                .get("id");
        String published = publishedSet(key, dataset, List.of());
        uploadUrl(key, dataset, "late.wav", "audio/wav", 1000);

        Reply onDraft = call("POST", TRAINING_JOBS, key, trainingBody(dataset, draft, "glitch"));
        Reply unknownType = call("POST", TRAINING_JOBS, key, trainingBody(dataset, published, "echo"));
        Reply notReady = call("POST", TRAINING_JOBS, key, trainingBody(dataset, published, "glitch"));

        assertThat(onDraft.status()).isEqualTo(400);
        assertThat(onDraft.json()).containsEntry("detail", "Annotation set v1 is a draft; only a published set can "
                + "train a model, so publish it first.");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json()).containsEntry("detail", "The artifact type 'echo' is not one of the dataset's "
                + "types (glitch, long_pause).");
        assertThat(notReady.status()).isEqualTo(400);
        assertThat(notReady.json()).containsEntry("detail", "Audio file 'late.wav' is pending, not ready (0 of 1 "
                + "files are); training needs every file of the dataset ready.");
        assertThat(get(TRAINING_JOBS, key).json()).containsEntry("total", 0);
    }

    @Test
    void underFiveMinutesOfAudioIsA400WithTheAmountTheDatasetHolds() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String audio = readyFiles(key, dataset, List.of(TestAudio.toneWav(130.5, 8_000, 1, 0))).get(0);
        String set = publishedSet(key, dataset, List.of(annotation(audio, "glitch", 100, 300)));

        Reply reply = call("POST", TRAINING_JOBS, key, trainingBody(dataset, set, "glitch"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).containsEntry("detail", "The dataset holds 2 min 10 s of audio; training needs at "
                + "least 5 minutes.");
    }

    @Test
    void malformedBodiesAreRelays422sWithEveryViolationAndTextThatIsNotJsonIsA400() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String ids = "\"dataset_id\": \"" + StudioIds.newId() + "\", \"annotation_set_id\": \"" + StudioIds.newId()
                + "\"";

        Reply empty = call("POST", TRAINING_JOBS, key, "{}");
        Reply ranges = call("POST", TRAINING_JOBS, key, "{" + ids + ", \"config\": {\"artifact_types\": [],"
                + " \"epochs\": 0, \"validation_split\": 0.6, \"learning_rate\": \"fast\", \"batch_size\": 512,"
                + " \"chunk_size_ms\": 5}}");
        Reply stride = call("POST", TRAINING_JOBS, key, "{" + ids + ", \"config\": {\"artifact_types\": [\"g\", 3],"
                + " \"chunk_size_ms\": 200, \"stride_ms\": 300}}");
        Reply badIds = call("POST", TRAINING_JOBS, key, "{\"dataset_id\": \"nope\", \"annotation_set_id\": 7,"
                + " \"config\": []}");
        Reply notJson = call("POST", TRAINING_JOBS, key, "{dataset_id: x");

        assertThat(empty.status()).isEqualTo(422);
        assertThat(detail(empty)).extracting(e -> e.get("loc"), e -> e.get("type")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("body", "dataset_id"), "value_error.missing"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "annotation_set_id"), "value_error.missing"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "config"), "value_error.missing"));
        assertThat(detail(ranges)).extracting(e -> e.get("loc"), e -> e.get("type")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("body", "config", "artifact_types"),
                        "value_error.list.min_items"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "config", "epochs"), "value_error.number.not_ge"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "config", "validation_split"),
                        "value_error.number.not_le"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "config", "learning_rate"), "type_error.float"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "config", "batch_size"),
                        "value_error.number.not_le"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "config", "chunk_size_ms"),
                        "value_error.number.not_ge"));
        assertThat(detail(ranges).get(1)).containsEntry("msg", "ensure this value is greater than or equal to 1");
        assertThat(detail(stride)).extracting(e -> e.get("loc"), e -> e.get("type")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("body", "config", "artifact_types", 1), "type_error.str"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "config", "stride_ms"), "value_error"));
        assertThat(detail(badIds)).extracting(e -> e.get("loc"), e -> e.get("type")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("body", "dataset_id"), "type_error.uuid"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "annotation_set_id"), "type_error.uuid"),
                org.assertj.core.groups.Tuple.tuple(List.of("body", "config"), "type_error.dict"));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json()).isEqualTo(Map.of("detail", "Invalid request format"));
    }

    @Test
    void anotherProjectsDatasetsSetsAndJobsAreNotFoundAndAPathIdMustBeAUuid() throws Exception {
        String mine = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String theirs = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String myDataset = dataset(mine);
        String theirDataset = dataset(theirs);
        String theirSet = publishedSet(theirs, theirDataset, List.of());

        Reply theirDatasetReply = call("POST", TRAINING_JOBS, mine, trainingBody(theirDataset, theirSet, "glitch"));
        Reply theirSetReply = call("POST", TRAINING_JOBS, mine, trainingBody(myDataset, theirSet, "glitch"));
        Reply unknownJob = get(TRAINING_JOBS + "/" + StudioIds.newId(), mine);
        Reply unknownCancel = call("POST", TRAINING_JOBS + "/" + StudioIds.newId() + "/cancel", mine, null);
        Reply badPath = get(TRAINING_JOBS + "/not-a-uuid", mine);

        assertThat(theirDatasetReply.status()).isEqualTo(404);
        assertThat(theirDatasetReply.json()).isEqualTo(Map.of("detail", "Dataset not found"));
        assertThat(theirSetReply.status()).isEqualTo(404);
        assertThat(theirSetReply.json()).isEqualTo(Map.of("detail", "Annotation set not found"));
        assertThat(unknownJob.status()).isEqualTo(404);
        assertThat(unknownJob.json()).isEqualTo(Map.of("detail", "Training job not found"));
        assertThat(unknownCancel.status()).isEqualTo(404);
        assertThat(badPath.status()).isEqualTo(422);
        assertThat(detail(badPath)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("loc", List.of("path", "job_id")).containsEntry("type", "type_error.uuid"));
    }
}
