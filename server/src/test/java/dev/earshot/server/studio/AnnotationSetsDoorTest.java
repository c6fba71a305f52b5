package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.TestAudio;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnotationSetsDoorTest extends StudioServerTest {

    private static final byte[] TWO_SECONDS = TestAudio.toneWav(2.0, 16_000, 1, 0);

    @Test
    @SuppressWarnings("unchecked")
    void draftsAreNumberedPerDatasetAndListedWithRelaysFields() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String otherDataset = dataset(key);

        Reply first = call("POST", sets(dataset), key, null);
        Reply second = call("POST", sets(dataset), key, null);
        Reply elsewhere = call("POST", sets(otherDataset), key, null);
        Map<String, Object> list = get(sets(dataset), key).json();

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json()).containsEntry("version", 1).containsEntry("status", "draft")
                .containsEntry("dataset_id", dataset).containsEntry("total_annotations", 0)
                .containsEntry("total_positive_duration_ms", 0).containsEntry("annotations_by_type", Map.of())
                .containsEntry("published_at", null).containsKeys("id", "created_at");
        assertThat(second.json()).containsEntry("version", 2);
        assertThat(elsewhere.json()).containsEntry("version", 1);
        assertThat(list).containsKeys("items", "total", "page", "page_size", "has_more").containsEntry("total", 2);
        assertThat((List<Map<String, Object>>) list.get("items")).extracting(s -> s.get("version"))
                .containsExactly(1, 2);
        assertThat(get(sets(dataset) + "/" + first.json().get("id"), key).json())
                .containsEntry("annotations", List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnnotationIsStoredWithEveryFieldAndCountedInTheDraftsStatistics() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String audio = readyAudio(key, dataset);
        String set = (String) call("POST", sets(dataset), key, null).json().get("id");

        Reply created = call("POST", sets(dataset) + "/" + set + "/annotations", key,
                "{\"audio_file_id\": \"" + audio + "\", \"artifact_type\": \"glitch\", \"start_ms\": 1200,"
                        + " \"end_ms\": 1450, \"extra_data\": {\"labeller\": \"ann\"}}");
        Map<String, Object> detail = get(sets(dataset) + "/" + set, key).json();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json()).containsOnlyKeys("id", "annotation_set_id", "audio_file_id", "artifact_type",
                        "start_ms", "end_ms", "confidence", "extra_data", "created_at")
                .containsEntry("annotation_set_id", set).containsEntry("audio_file_id", audio)
                .containsEntry("artifact_type", "glitch").containsEntry("start_ms", 1200)
                .containsEntry("end_ms", 1450).containsEntry("confidence", 1.0)
                .containsEntry("extra_data", Map.of("labeller", "ann"));
        assertThat(detail).containsEntry("total_annotations", 1).containsEntry("total_positive_duration_ms", 250)
                .containsEntry("annotations_by_type", Map.of("glitch", 1));
        assertThat((List<Map<String, Object>>) detail.get("annotations")).singleElement()
                .isEqualTo(created.json());
    }

    @Test
    void aBulkRequestWithOneBadItemStoresNothingAndNamesEveryBadIndex() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String audio = readyAudio(key, dataset);
        String set = (String) call("POST", sets(dataset), key, null).json().get("id");

        Reply refused = call("POST", sets(dataset) + "/" + set + "/annotations/bulk", key, "{\"annotations\": ["
                + annotation(audio, "glitch", 100, 200) + "," + annotation(audio, "glitch", 500, 400) + ","
                + annotation(audio, "hum", 0, 10) + "," + annotation(audio, "long_pause", 1500, 2500) + "]}");
        Reply accepted = call("POST", sets(dataset) + "/" + set + "/annotations/bulk", key, "{\"annotations\": ["
                + annotation(audio, "glitch", 100, 200) + "," + annotation(audio, "long_pause", 1000, 2000) + "]}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(detail(refused)).extracting(e -> e.get("loc"), e -> e.get("type")).containsExactly(
                tuple(List.of("body", "annotations", 1, "end_ms"), "value_error"),
                tuple(List.of("body", "annotations", 2, "artifact_type"), "type_error.enum"),
                tuple(List.of("body", "annotations", 3, "end_ms"), "value_error"));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json()).containsEntry("created", 2);
        assertThat((List<?>) accepted.json().get("annotations")).hasSize(2);
        assertThat(get(sets(dataset) + "/" + set, key).json()).containsEntry("total_annotations", 2);
    }

    @Test
    void publishingLocksTheSetComputesItsStatisticsAndRefusesEveryLaterChange() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String audio = readyAudio(key, dataset);
        String set = (String) call("POST", sets(dataset), key, null).json().get("id");
        String base = sets(dataset) + "/" + set;
        String annotationId = (String) call("POST", base + "/annotations", key,
                annotation(audio, "glitch", 100, 300)).json().get("id");
        call("POST", base + "/annotations", key, annotation(audio, "long_pause", 1000, 1600));

        Reply published = call("POST", base + "/publish", key, null);
        List<Reply> refused = List.of(call("POST", base + "/publish", key, null),
                call("POST", base + "/annotations", key, annotation(audio, "glitch", 0, 50)),
                call("POST", base + "/annotations/bulk", key, "{\"annotations\": []}"),
                call("PATCH", base + "/annotations/" + annotationId, key, "{\"end_ms\": 400}"),
                call("DELETE", base + "/annotations/" + annotationId, key, null),
                call("DELETE", base, key, null),
                call("DELETE", "/api/v1/datasets/" + dataset + "/audio/" + audio, key, null));

        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json()).containsEntry("status", "published").containsEntry("total_annotations", 2)
                .containsEntry("total_positive_duration_ms", 800)
                .containsEntry("annotations_by_type", Map.of("glitch", 1, "long_pause", 1));
        assertThat((String) published.json().get("published_at")).endsWith("Z");
        assertThat(refused).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat((String) reply.json().get("detail")).contains("v1").endsWith(".");
        });
        assertThat(get(base, key).json()).containsEntry("total_annotations", 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftCopiedFromAPublishedSetCanBeEditedWhileTheOriginalStaysAsItWas() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String audio = readyAudio(key, dataset);
        String v1 = (String) call("POST", sets(dataset), key, null).json().get("id");
        call("POST", sets(dataset) + "/" + v1 + "/annotations", key, annotation(audio, "glitch", 100, 300));
        String draft = (String) call("POST", sets(dataset), key, null).json().get("id");
        call("POST", sets(dataset) + "/" + v1 + "/publish", key, null);

        Reply fromDraft = call("POST", sets(dataset), key, "{\"from_annotation_set_id\": \"" + draft + "\"}");
        Reply copy = call("POST", sets(dataset), key, "{\"from_annotation_set_id\": \"" + v1 + "\"}");
        String copyId = (String) copy.json().get("id");
        Map<String, Object> copied = ((List<Map<String, Object>>) get(sets(dataset) + "/" + copyId, key).json()
                .get("annotations")).get(0);
        Reply patched = call("PATCH", sets(dataset) + "/" + copyId + "/annotations/" + copied.get("id"), key,
                "{\"artifact_type\": \"long_pause\", \"end_ms\": 900, \"confidence\": 0.5}");

        assertThat(fromDraft.status()).isEqualTo(400);
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.json()).containsEntry("version", 3).containsEntry("status", "draft")
                .containsEntry("total_annotations", 1);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json()).containsEntry("artifact_type", "long_pause").containsEntry("start_ms", 100)
                .containsEntry("end_ms", 900).containsEntry("confidence", 0.5);
        assertThat(get(sets(dataset) + "/" + v1, key).json())
                .containsEntry("annotations_by_type", Map.of("glitch", 1));
        assertThat(call("DELETE", sets(dataset) + "/" + copyId + "/annotations/" + copied.get("id"), key, null)
                .status()).isEqualTo(204);
        assertThat(call("DELETE", sets(dataset) + "/" + copyId, key, null).status()).isEqualTo(204);
    }

    @Test
    void anotherTenantsSetsAndAnnotationsAreNotFoundAndBadIdsAreValidationErrors() {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String theirs = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        String set = (String) call("POST", sets(dataset), key, null).json().get("id");
        String theirDataset = dataset(theirs);

        Reply foreign = get(sets(theirDataset) + "/" + set, theirs);
        Reply foreignDataset = get(sets(dataset) + "/" + set, theirs);
        Reply badSet = get(sets(dataset) + "/v1", key);
        Reply badBody = call("POST", sets(dataset) + "/" + set + "/annotations", key,
                "{\"audio_file_id\": \"nope\", \"start_ms\": -1, \"end_ms\": \"x\", \"confidence\": 2}");

        assertThat(foreign.json()).isEqualTo(Map.of("detail", "Annotation set not found"));
        assertThat(foreignDataset.json()).isEqualTo(Map.of("detail", "Dataset not found"));
        assertThat(detail(badSet)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("loc", List.of("path", "annotation_set_id")));
        assertThat(detail(badBody)).extracting(e -> e.get("loc"), e -> e.get("type")).containsExactly(
                tuple(List.of("body", "audio_file_id"), "type_error.uuid"),
                tuple(List.of("body", "artifact_type"), "value_error.missing"),
                tuple(List.of("body", "start_ms"), "value_error.number.not_ge"),
                tuple(List.of("body", "end_ms"), "type_error.integer"),
                tuple(List.of("body", "confidence"), "value_error.number.not_le"));
    }

    private String readyAudio(String key, String dataset) throws InterruptedException {
        String audio = uploadAndConfirm(key, dataset, "sample.wav", TWO_SECONDS);
        assertThat(awaitProcessed(key, dataset, audio)).containsEntry("processing_status", "ready");
        return audio;
    }

    private static String sets(String dataset) {
        return "/api/v1/datasets/" + dataset + "/annotation-sets";
    }

    private static String annotation(String audio, String type, long start, long end) {
        return "{\"audio_file_id\": \"" + audio + "\", \"artifact_type\": \"" + type + "\", \"start_ms\": " + start
                + ", \"end_ms\": " + end + "}";
    }
}
