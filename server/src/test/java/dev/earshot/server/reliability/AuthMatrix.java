package dev.earshot.server.reliability;

import static dev.earshot.server.reliability.AuthCase.WRONG_SCOPE;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.enhance.StatusStream;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every authenticated route with the status each {@link AuthCase} must get, from the doors' documented tables:
 * the pipeline door refuses with 403 (README, seed 004), the ingestion door with 401 and hides other projects'
 * jobs behind 404 (seed 000), the noise-removal door answers 401 for a bad key, 403 for a missing scope and 404
 * for another project's id (seed 003). A null status is a case that cannot arise on that route, with the reason.
 */
final class AuthMatrix {

    static final String ANY_SCOPE_READS = "every key may read (audio:read, audio:write and admin all allow it)";
    static final String NAMES_NO_RESOURCE = "the request names no resource; uploads are filed under the key's project";

    private AuthMatrix() {
    }

    /** What a request addresses: one project's name and ids. */
    record Resources(String project, String datasetId, String ingestJob, String uploadId, String noiseJob,
                     long audioId, String ownerKey, StudioRoutes.Studio studio, StudioJobRoutes.Jobs jobs) {
    }

    /** Sends the route's request with the given key headers, addressing {@code target}. */
    interface Call {
        Reply send(DoorClient client, int port, String[] keyHeaders, Resources target) throws Exception;
    }

    /**
     * One route.
     *
     * @param wrongScopeKey the scopes of the {@link AuthCase#WRONG_SCOPE} key
     * @param expected      status per case; absent cases are explained in {@code notApplicable}
     */
    record Entry(String route, Call call, String wrongScopeKey, Map<AuthCase, Integer> expected,
                 Map<AuthCase, String> notApplicable) {
    }

    static List<Entry> entries() {
        List<Entry> entries = new java.util.ArrayList<>(doorsBeforeStudio());
        entries.addAll(StudioRoutes.entries());
        entries.addAll(StudioJobRoutes.entries());
        return entries;
    }

    private static List<Entry> doorsBeforeStudio() {
        return List.of(
                entry("POST /v1/audio_engine/pipeline", AuthMatrix::pipeline, Scopes.AUDIO_READ,
                        200, 403, 403, 403, 403, 403, 403),
                entry("GET /v1/response/{datasetId}", (c, port, h, r) -> c.get("/v1/response/" + r.datasetId(), h),
                        Scopes.AUDIO_WRITE, 200, 403, 403, 403, 403, 403, 403),
                entry("POST /v1/audio/ingest", AuthMatrix::ingest, Scopes.AUDIO_READ,
                        202, 401, 401, 401, 401, 202, null),
                entry("GET /v1/jobs/{jobId}", (c, port, h, r) -> c.get("/v1/jobs/" + r.ingestJob(), h),
                        null, 200, 401, 401, 401, null, 404, 404),
                entry("GET /v1/jobs/{jobId}/{partPath}",
                        (c, port, h, r) -> c.get("/v1/jobs/" + r.ingestJob() + "/transcript", h),
                        null, 200, 401, 401, 401, null, 404, 404),
                entry("POST /v1/upload", AuthMatrix::upload, Scopes.AUDIO_READ, 200, 401, 401, 401, 403, 200, null),
                entry("POST /v1/remove-noise", (c, port, h, r) -> c.post("/v1/remove-noise", "application/json",
                                ("{\"fileId\": \"" + r.uploadId() + "\"}").getBytes(StandardCharsets.UTF_8), h),
                        Scopes.AUDIO_READ, 200, 401, 401, 401, 403, 404, 404),
                entry("GET /v1/remove-noise/{jobId}/status",
                        (c, port, h, r) -> c.get("/v1/remove-noise/" + r.noiseJob() + "/status", h),
                        Scopes.AUDIO_WRITE, 200, 401, 401, 401, 403, 404, 404),
                entry("WS /v1/wss/remove-noise/*/status", AuthMatrix::statusSocket,
                        Scopes.AUDIO_WRITE, 101, 401, 401, 401, 403, 404, 404),
                entry("POST /api/v1/audios", (c, port, h, r) -> c.post("/api/v1/audios",
                                new Multipart().file("audio", "a.wav", ValidAudio.WAV), h),
                        Scopes.AUDIO_READ, 201, 401, 401, 401, 403, 201, null),
                entry("GET /api/v1/audios", (c, port, h, r) -> c.get("/api/v1/audios", h),
                        Scopes.AUDIO_WRITE, 200, 401, 401, 401, 403, 200, null),
                entry("GET /api/v1/audios/{id}", (c, port, h, r) -> c.get("/api/v1/audios/" + r.audioId(), h),
                        Scopes.AUDIO_WRITE, 200, 401, 401, 401, 403, 403, 403),
                entry("DELETE /api/v1/audios/{id}", AuthMatrix::deleteAudio,
                        Scopes.AUDIO_READ, 204, 401, 401, 401, 403, 403, 403),
                entry("GET /api/v1/user", (c, port, h, r) -> c.get("/api/v1/user", h),
                        null, 200, 401, 401, 401, null, 200, null),
                entry("POST /api/v1/submissions", (c, port, h, r) -> submit(c, h, r.audioId()),
                        Scopes.AUDIO_READ, 201, 401, 401, 401, 403, 422, 422),
                entry("GET /api/v1/submissions/{submission}", (c, port, h, r) -> c.get("/api/v1/submissions/"
                                + submissionOf(c, r).get("id"), h),
                        Scopes.AUDIO_WRITE, 200, 401, 401, 401, 403, 403, 403),
                entry("GET /api/v1/tasks", (c, port, h, r) -> c.get("/api/v1/tasks", h),
                        Scopes.AUDIO_WRITE, 200, 401, 401, 401, 403, 200, null),
                entry("POST /api/v1/tasks/{task}/results", (c, port, h, r) -> c.post("/api/v1/tasks/"
                                + taskOf(c, r).get("id") + "/results", "application/json",
                                "{\"status\": \"completed\", \"result\": {}}".getBytes(StandardCharsets.UTF_8), h),
                        Scopes.AUDIO_WRITE, 200, 401, 401, 401, 403, 403, 200),
                entry("POST /api/v1/tasks/claim", (c, port, h, r) -> c.post("/api/v1/tasks/claim",
                                "application/json", new byte[0], h),
                        Scopes.AUDIO_WRITE, 204, 401, 401, 401, 403, 403, null));
    }

    private static Reply submit(DoorClient client, String[] headers, long audioId) {
        return client.post("/api/v1/submissions", "application/json", ("{\"audio_name\": \"matrix\", "
                + "\"audio_id\": " + audioId + ", \"services\": [\"Transcribe\"]}").getBytes(StandardCharsets.UTF_8),
                headers);
    }

    /** A new submission of the target's owner (on the target's audio). */
    private static Map<?, ?> submissionOf(DoorClient client, Resources target) {
        Reply created = submit(client, new String[] {"Authorization", "Bearer " + target.ownerKey()},
                target.audioId());
        return (Map<?, ?>) ((Map<?, ?>) created.json().get("data")).get("submission");
    }

    /** The task of a new submission of the target's owner. */
    private static Map<?, ?> taskOf(DoorClient client, Resources target) {
        Reply created = submit(client, new String[] {"Authorization", "Bearer " + target.ownerKey()},
                target.audioId());
        return (Map<?, ?>) ((Map<?, ?>) created.json().get("data")).get("task");
    }

    /**
     * Statuses in the order right key, no key, malformed, revoked, wrong scope, other project's key, other project's
     * resource. A null wrong-scope status means any key may read; a null resource status that the request names
     * no resource.
     */
    static Entry entry(String route, Call call, String wrongScopeKey, Integer... statuses) {
        Map<AuthCase, Integer> expected = new EnumMap<>(AuthCase.class);
        Map<AuthCase, String> notApplicable = new EnumMap<>(AuthCase.class);
        AuthCase[] cases = AuthCase.values();
        for (int i = 0; i < cases.length; i++) {
            if (statuses[i] != null) {
                expected.put(cases[i], statuses[i]);
            } else {
                notApplicable.put(cases[i], cases[i] == WRONG_SCOPE ? ANY_SCOPE_READS : NAMES_NO_RESOURCE);
            }
        }
        return new Entry(route, call, wrongScopeKey, expected, notApplicable);
    }

    private static Reply pipeline(DoorClient client, int port, String[] headers, Resources target) {
        return client.post("/v1/audio_engine/pipeline", new Multipart()
                .field("components", "[{\"component_id\":\"audio_duration_check\"}]")
                .field("user_email", "user@example.com").field("project_name", target.project())
                .file("files", "a.wav", ValidAudio.WAV), headers);
    }

    private static Reply ingest(DoorClient client, int port, String[] headers, Resources target) {
        return client.post("/v1/audio/ingest", new Multipart().file("file", "a.wav", ValidAudio.WAV)
                .field("pipeline", "transcription"), headers);
    }

    private static Reply upload(DoorClient client, int port, String[] headers, Resources target) {
        return client.post("/v1/upload", new Multipart().file("file", "a.wav", ValidAudio.WAV), headers);
    }

    /** Deletes a fresh audio of the target's owner, so that every case finds one to delete. */
    private static Reply deleteAudio(DoorClient client, int port, String[] headers, Resources target) {
        Reply created = client.post("/api/v1/audios", new Multipart().file("audio", "a.wav", ValidAudio.WAV),
                "Authorization", "Bearer " + target.ownerKey());
        Object id = ((Map<?, ?>) created.json().get("data")).get("id");
        return client.send("DELETE", "/api/v1/audios/" + id, null, null, headers);
    }

    /** The WebSocket handshake as a reply: 101 when the socket opened, else the refusal's status and body. */
    private static Reply statusSocket(DoorClient client, int port, String[] headers, Resources target)
            throws Exception {
        try {
            StatusStream.open(port, target.noiseJob(), headers).awaitClose(java.time.Duration.ofSeconds(30));
            return new Reply(101, Map.of(), new byte[0]);
        } catch (StatusStream.Refused refused) {
            return new Reply(refused.status, Map.of(), refused.body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Malformed ways of presenting a key: none of them may authenticate. */
    static List<String[]> malformedKeys(String validKey) {
        String wrongSecret = validKey.substring(0, validKey.length() - 1)
                + (validKey.endsWith("A") ? "B" : "A");
        return List.of(
                new String[] {"X-Api-Key", "x"},
                new String[] {"X-Api-Key", wrongSecret},
                new String[] {"Authorization", "Bearer " + "a".repeat(5000)},
                new String[] {"Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(validKey.getBytes(StandardCharsets.UTF_8))},
                new String[] {"Authorization", "Bearer"},
                new String[] {"X-Api-Key", "esk_abcdefgh_" + "A".repeat(43)});
    }
}
