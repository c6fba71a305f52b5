package dev.earshot.server.submissions;

import static dev.earshot.server.submissions.SubmissionsClient.auth;
import static dev.earshot.server.submissions.SubmissionsClient.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.earshot.engine.language.translate.Apertium;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/submissions} against a real server: the seed's examples, the services end to end, Laravel's refusals. */
class SubmissionsDoorTest extends SubmissionsServerTest {

    static final byte[] SPEECH = SubmissionsClient.resource("/speech/us-female-190-11k.wav");
    static final byte[] TWO_VOICES = SubmissionsClient.resource("/diarization/two-speakers.wav");
    private static final Duration TASK_TIME = Duration.ofSeconds(120);

    @Test
    @SuppressWarnings("unchecked")
    void theSeedsSubmissionIs201AndItsTaskEndsDoneWithTranscriptAndSpanishTranslation() {
        assumeThat(Apertium.detect().mode("eng", "spa")).as("apertium-eng-spa, installed by .ci/run").isPresent();
        String key = key("seed@example.com", 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
        long audioId = door.upload(key, "q3.wav", SPEECH);

        Reply created = door.submitJson(key, """
                {"audio_name": "Q3 earnings call", "audio_id": %d, "services": ["Transcribe", "Translate"],
                 "audio_language": "English", "context": "Call with investor Q&A"}""".formatted(audioId));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Map<String, Object> submission = (Map<String, Object>) data(created).get("submission");
        Map<String, Object> task = (Map<String, Object>) data(created).get("task");
        assertThat(submission).containsOnlyKeys("id", "audio_name", "services", "status")
                .containsEntry("audio_name", "Q3 earnings call").containsEntry("status", "pending")
                .containsEntry("services", List.of("Transcribe", "Translate"));
        assertThat(task).containsOnlyKeys("id", "status", "type").containsEntry("status", "pending")
                .containsEntry("type", "Transcribe&Translate");
        assertThat(submission.get("id")).isInstanceOf(Number.class);

        Map<String, Object> details = door.finished(key, ((Number) submission.get("id")).longValue(), TASK_TIME);
        assertThat(details).containsEntry("id", submission.get("id")).containsEntry("audio_name", "Q3 earnings call")
                .containsEntry("context", "Call with investor Q&A")
                .containsEntry("services", List.of("Transcribe", "Translate"));
        Map<String, Object> done = ((List<Map<String, Object>>) details.get("tasks")).get(0);
        assertThat(done).containsEntry("id", task.get("id")).containsEntry("type", "Transcribe&Translate")
                .containsEntry("status", "done");
        Map<String, Object> result = (Map<String, Object>) done.get("result");
        assertThat(result).containsEntry("from", "completed");
        Map<String, Object> payload = (Map<String, Object>) result.get("payload");
        assertThat((String) payload.get("summary")).isNotBlank();
        List<Map<String, Object>> chunks = (List<Map<String, Object>>) payload.get("chunks");
        assertChunksInOrderWithin(chunks, 11.0);
        assertThat(String.join(" ", chunks.stream().map(c -> (String) c.get("text")).toList()))
                .contains("children played");
        Map<String, Object> translation = (Map<String, Object>) payload.get("translation");
        assertThat(translation).containsEntry("target_language", "spa").containsEntry("method", "apertium");
        assertThat((String) translation.get("text")).containsAnyOf("tiempo", "el ", "la ");
        assertThat((List<?>) translation.get("chunks")).hasSameSizeAs(chunks);
        assertThat((Map<String, Object>) payload.get("transcript")).containsEntry("language", "en");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFormSubmissionForSpeakerDiarizationFindsTwoSpeakersAndNamesOneOnEveryChunk() {
        String key = key("form@example.com", 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
        long audioId = door.upload(key, "call.wav", TWO_VOICES);
        String form = "audio_name=Support+call&audio_id=" + audioId
                + "&services[]=Speaker+Diarization&services[]=Summarize&services[]=Speaker+Diarization";

        Reply created = client.post("/api/v1/submissions", "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8), auth(key));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Map<String, Object> task = (Map<String, Object>) data(created).get("task");
        assertThat(task).containsEntry("type", "Speaker Diarization&Summarize");
        long id = ((Number) ((Map<String, Object>) data(created).get("submission")).get("id")).longValue();
        Map<String, Object> done = ((List<Map<String, Object>>) door.finished(key, id, TASK_TIME).get("tasks")).get(0);
        Map<String, Object> payload = (Map<String, Object>) ((Map<String, Object>) done.get("result")).get("payload");
        assertThat(((Map<String, Object>) payload.get("speakers")).get("count")).isEqualTo(2);
        List<Map<String, Object>> chunks = (List<Map<String, Object>>) payload.get("chunks");
        assertChunksInOrderWithin(chunks, 24.3);
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.get("speaker")).isNotNull());
        assertThat(chunks.stream().map(chunk -> chunk.get("speaker")).distinct()).hasSize(2);
        assertThat((Map<String, Object>) payload.get("summarization")).containsEntry("method", "textrank")
                .containsEntry("context_used", false);
        assertThat(payload).doesNotContainKeys("transcript", "translation", "paraphrase");
    }

    @Test
    void anEmptyBodyNamesEveryMissingFieldWithLaravelsSummary() {
        String key = key("empty@example.com", 0, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);

        Reply reply = door.submitJson(key, "{}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json()).isEqualTo(Map.of(
                "message", "The audio name field is required. (and 3 more errors)",
                "errors", Map.of(
                        "audio_name", List.of("The audio name field is required."),
                        "audio_url", List.of("The audio url field is required when audio id is not present."),
                        "audio_id", List.of("The audio id field is required when audio url is not present."),
                        "services", List.of("The services field is required."))));
        assertThat(door.submitJson(key, "not json").json().get("message"))
                .isEqualTo("The audio name field is required. (and 3 more errors)");
    }

    @Test
    void eachRuleOfTheSubmissionIsA422InLaravelsWords() {
        String ann = key("rules@example.com", 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
        String bob = key("rules-other@example.com", 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
        long bobs = door.upload(bob, "b.wav", SPEECH);
        long own = door.upload(ann, "a.wav", SPEECH);

        assertError(ann, "{\"audio_name\": \"x\", \"audio_id\": %d, \"services\": [\"Transcribe\"]}".formatted(bobs),
                "audio_id", "The selected audio id is invalid.");
        assertError(ann, "{\"audio_name\": \"x\", \"audio_id\": \"abc\", \"services\": [\"Transcribe\"]}",
                "audio_id", "The audio id field must be an integer.");
        assertError(ann, "{\"audio_name\": \"x\", \"audio_id\": %d, \"services\": \"Transcribe\"}".formatted(own),
                "services", "The services field must be an array.");
        assertError(ann, "{\"audio_name\": \"x\", \"audio_id\": %d, \"services\": [\"Transcribe\", \"Dance\"]}"
                .formatted(own), "services.1", "The selected services.1 is invalid.");
        assertError(ann, "{\"audio_name\": 5, \"audio_id\": %d, \"services\": [\"Transcribe\"]}".formatted(own),
                "audio_name", "The audio name field must be a string.");
        assertError(ann, "{\"audio_name\": \"x\", \"audio_url\": \"not a url\", \"services\": [\"Transcribe\"]}",
                "audio_url", "The audio url field must be a valid URL.");
        assertError(ann, "{\"audio_name\": \"x\", \"audio_url\": \"https://127.0.0.1/a.wav\", "
                + "\"services\": [\"Transcribe\"]}", "audio_url", null);
        assertError(ann, "{\"audio_name\": \"x\", \"audio_id\": %d, \"audio_language\": \"Klingon\", "
                .formatted(own) + "\"services\": [\"Transcribe\"]}", "audio_language", null);
    }

    @Test
    void aSubmissionTheCreditsCannotCoverIsRefusedOnCredits() {
        String key = key("poor@example.com", 0, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
        long audioId = door.upload(key, "a.wav", SPEECH);
        String before = submissionsFootprint();

        assertError(key, "{\"audio_name\": \"x\", \"audio_id\": %d, \"services\": [\"Transcribe\", \"Summarize\"]}"
                .formatted(audioId), "credits", "The credits are not enough: this submission costs 2 and 0 are "
                + "available.");
        assertThat(submissionsFootprint()).isEqualTo(before);
    }

    @Test
    void anAdministratorWithoutCreditsIsNotChargedSoTheBootstrapKeyRunsTheSeedExamples() {
        String email = "operator@example.com";
        String userId = users.findByEmail(email).orElseGet(() -> users.create(email, "Operator", true)).id();
        String projectId = projects.findByName(PROJECT).orElseThrow().id();
        String key = apiKeys.create("op", userId, Set.of(Scopes.AUDIO_WRITE, Scopes.AUDIO_READ), List.of(projectId))
                .plainKey();
        long audioId = door.upload(key, "a.wav", SPEECH);

        Reply reply = door.submitJson(key, """
                {"audio_name": "x", "audio_id": %d, "services": ["Transcribe"]}""".formatted(audioId));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(credits.charges(Credits.ownerOf(userId))).isFalse();
        assertThat(credits.balance(Credits.ownerOf(userId))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTranslationNeitherApertiumNorAnLlmCanDoIsRefusedOnItsServiceNamingBothAndStoresNothing() {
        assumeThat(Apertium.detect().mode("eng", "cat")).as("apertium-eng-cat not installed").isEmpty();
        String key = key("no-llm@example.com", 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
        long audioId = door.upload(key, "a.wav", SPEECH);
        String before = submissionsFootprint();

        Reply reply = door.submitJson(key, """
                {"audio_name": "x", "audio_id": %d, "services": ["Transcribe", "Translate"],
                 "target_language": "ca"}""".formatted(audioId));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        Map<String, List<String>> errors = (Map<String, List<String>>) reply.json().get("errors");
        assertThat(errors).as(reply.toString()).containsOnlyKeys("services.1");
        assertThat(errors.get("services.1")).singleElement().asString()
                .startsWith("The Translate service cannot run on this server: translation eng→cat")
                .contains("apertium-eng-cat", "EARSHOT_LLM_BASE_URL");
        assertThat(reply.json().get("message")).isEqualTo(errors.get("services.1").get(0));
        assertThat(submissionsFootprint()).isEqualTo(before);
    }

    @Test
    void noKeyIs401AnotherUsersSubmissionIs403AndAMissingOneIs404() {
        Reply unauthenticated = client.post("/api/v1/submissions", "application/json", "{}".getBytes());
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.json()).isEqualTo(Map.of("message", "Unauthenticated."));

        String ann = key("owner@example.com", 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
        long audioId = door.upload(ann, "a.wav", SPEECH);
        Reply created = door.submitJson(ann, "{\"audio_name\": \"mine\", \"audio_id\": %d, \"services\": "
                .formatted(audioId) + "[\"Transcribe\"]}");
        Object id = ((Map<?, ?>) data(created).get("submission")).get("id");
        String bob = key("stranger@example.com", 0, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);

        Reply other = door.get(bob, "/api/v1/submissions/" + id);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json()).isEqualTo(Map.of("message", "This action is unauthorized."));
        Reply missing = door.get(ann, "/api/v1/submissions/987654");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).isEqualTo(Map.of("message",
                "No query results for model [App\\Models\\Submission] 987654"));
        String readOnly = key("reader@example.com", 0, Scopes.AUDIO_READ);
        assertThat(door.submitJson(readOnly, "{}").status()).isEqualTo(403);
    }

    /** Submissions, tasks and jobs stored, as one comparable string. */
    private String submissionsFootprint() {
        return jdbc.sql("select (select count(*) from sub_submissions) || '/' || (select count(*) from sub_tasks)"
                + " || '/' || (select count(*) from jobs)").query(String.class).single();
    }

    private void assertError(String key, String body, String field, String message) {
        Reply reply = door.submitJson(key, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        Map<String, List<String>> errors = (Map<String, List<String>>) reply.json().get("errors");
        assertThat(errors).as(reply.toString()).containsOnlyKeys(field);
        if (message != null) {
            assertThat(errors.get(field)).containsExactly(message);
            assertThat(reply.json().get("message")).isEqualTo(message);
        }
    }

    static void assertChunksInOrderWithin(List<Map<String, Object>> chunks, double seconds) {
        assertThat(chunks).isNotEmpty();
        double previousEnd = 0;
        for (Map<String, Object> chunk : chunks) {
            double start = ((Number) chunk.get("start")).doubleValue();
            double end = ((Number) chunk.get("end")).doubleValue();
            assertThat(start).as("chunk %s", chunk).isGreaterThanOrEqualTo(previousEnd - 1e-9);
            assertThat(end).as("chunk %s", chunk).isGreaterThan(start).isLessThanOrEqualTo(seconds);
            assertThat((String) chunk.get("text")).isNotBlank();
            previousEnd = end;
        }
    }
}
