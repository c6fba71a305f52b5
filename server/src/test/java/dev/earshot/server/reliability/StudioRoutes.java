package dev.earshot.server.reliability;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.reliability.AuthMatrix.Entry;
import dev.earshot.server.reliability.AuthMatrix.Resources;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.DoorClient.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The studio door's routes in the auth matrix (seed 002: 401 without a valid key, 403 for a missing scope, 404 for
 * another project's ids), and the studio resources of one project that they address. Routes that consume what
 * they address (deletes, publish, confirm) make a fresh one with the owner's key for each call.
 */
final class StudioRoutes {

    private static final String DATASETS = "/api/v1/datasets";

    private StudioRoutes() {
    }

    /** A project's studio ids: a dataset, a pending audio file, a draft set and one of its annotations. */
    record Studio(String dataset, String audio, String set, String annotation) {
    }

    static Studio studio(DoorClient client, String key) {
        String[] auth = {"X-API-Key", key};
        String dataset = id(json(client, "POST", DATASETS, "{\"name\": \"matrix\", \"artifact_types\": "
                + "[{\"name\": \"glitch\"}]}", auth));
        String audio = (String) json(client, "POST", DATASETS + "/" + dataset + "/audio/upload-url",
                "{\"filename\": \"a.wav\", \"content_type\": \"audio/wav\", \"file_size\": 1000}", auth)
                .json().get("audio_id");
        String set = id(json(client, "POST", DATASETS + "/" + dataset + "/annotation-sets", null, auth));
        String annotation = id(json(client, "POST", annotations(dataset, set), annotation(audio), auth));
        return new Studio(dataset, audio, set, annotation);
    }

    static List<Entry> entries() {
        String read = Scopes.AUDIO_READ;
        String write = Scopes.AUDIO_WRITE;
        return List.of(
                AuthMatrix.entry("POST /api/v1/auth/api-keys", (c, p, h, r) -> json(c, "POST", "/api/v1/auth/api-keys",
                        "{\"name\": \"matrix\"}", h), read, 201, 401, 401, 401, 403, 201, null),
                AuthMatrix.entry("GET /api/v1/auth/api-keys", (c, p, h, r) -> c.get("/api/v1/auth/api-keys", h),
                        write, 200, 401, 401, 401, 403, 200, null),
                AuthMatrix.entry("DELETE /api/v1/auth/api-keys/{keyId}", (c, p, h, r) -> json(c, "DELETE",
                        "/api/v1/auth/api-keys/" + id(json(c, "POST", "/api/v1/auth/api-keys",
                                "{\"name\": \"doomed\"}", owner(r))), null, h), read,
                        204, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("GET /api/v1/datasets", (c, p, h, r) -> c.get(DATASETS, h),
                        write, 200, 401, 401, 401, 403, 200, null),
                AuthMatrix.entry("POST /api/v1/datasets", (c, p, h, r) -> json(c, "POST", DATASETS,
                        "{\"name\": \"m\", \"artifact_types\": [{\"name\": \"glitch\"}]}", h),
                        read, 201, 401, 401, 401, 403, 201, null),
                AuthMatrix.entry("GET /api/v1/datasets/{datasetId}", (c, p, h, r) -> c.get(dataset(r), h),
                        write, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("PATCH /api/v1/datasets/{datasetId}", (c, p, h, r) -> json(c, "PATCH", dataset(r),
                        "{\"description\": \"m\"}", h), read, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("DELETE /api/v1/datasets/{datasetId}", (c, p, h, r) -> json(c, "DELETE",
                        DATASETS + "/" + id(json(c, "POST", DATASETS, "{\"name\": \"d\", \"artifact_types\": "
                                + "[{\"name\": \"g\"}]}", owner(r))), null, h), read,
                        204, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("POST /api/v1/datasets/{datasetId}/audio/upload-url", (c, p, h, r) -> json(c, "POST",
                        dataset(r) + "/audio/upload-url", "{\"filename\": \"a.wav\", \"content_type\": "
                                + "\"audio/wav\", \"file_size\": 10}", h), read, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("POST /api/v1/datasets/{datasetId}/audio/confirm", StudioRoutes::confirm,
                        read, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("GET /api/v1/datasets/{datasetId}/audio", (c, p, h, r) -> c.get(dataset(r)
                        + "/audio", h), write, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("GET /api/v1/datasets/{datasetId}/audio/{audioId}", (c, p, h, r) -> c.get(dataset(r)
                        + "/audio/" + r.studio().audio(), h), write, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("DELETE /api/v1/datasets/{datasetId}/audio/{audioId}", (c, p, h, r) -> json(c,
                        "DELETE", dataset(r) + "/audio/" + json(c, "POST", dataset(r) + "/audio/upload-url",
                                "{\"filename\": \"a.wav\", \"content_type\": \"audio/wav\", \"file_size\": 10}",
                                owner(r)).json().get("audio_id"), null, h), read, 204, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("POST /api/v1/datasets/{datasetId}/annotation-sets", (c, p, h, r) -> json(c, "POST",
                        dataset(r) + "/annotation-sets", null, h), read, 201, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("GET /api/v1/datasets/{datasetId}/annotation-sets", (c, p, h, r) -> c.get(dataset(r)
                        + "/annotation-sets", h), write, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("GET /api/v1/datasets/{datasetId}/annotation-sets/{setId}", (c, p, h, r) -> c.get(
                        set(r), h), write, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("POST /api/v1/datasets/{datasetId}/annotation-sets/{setId}/publish",
                        (c, p, h, r) -> json(c, "POST", freshSet(c, r) + "/publish", null, h), read,
                        200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("DELETE /api/v1/datasets/{datasetId}/annotation-sets/{setId}",
                        (c, p, h, r) -> json(c, "DELETE", freshSet(c, r), null, h), read,
                        204, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("POST /api/v1/datasets/{datasetId}/annotation-sets/{setId}/annotations",
                        (c, p, h, r) -> json(c, "POST", set(r) + "/annotations", annotation(r.studio().audio()), h),
                        read, 201, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("POST /api/v1/datasets/{datasetId}/annotation-sets/{setId}/annotations/bulk",
                        (c, p, h, r) -> json(c, "POST", set(r) + "/annotations/bulk", "{\"annotations\": ["
                                + annotation(r.studio().audio()) + "]}", h), read, 201, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("PATCH /api/v1/datasets/{datasetId}/annotation-sets/{setId}/annotations/{annotationId}",
                        (c, p, h, r) -> json(c, "PATCH", set(r) + "/annotations/" + r.studio().annotation(),
                                "{\"confidence\": 0.9}", h), read, 200, 401, 401, 401, 403, 404, 404),
                AuthMatrix.entry("DELETE /api/v1/datasets/{datasetId}/annotation-sets/{setId}/annotations/{annotationId}",
                        (c, p, h, r) -> json(c, "DELETE", set(r) + "/annotations/" + id(json(c, "POST",
                                set(r) + "/annotations", annotation(r.studio().audio()), owner(r))), null, h),
                        read, 204, 401, 401, 401, 403, 404, 404));
    }

    /** Confirms a fresh file of the target's owner, uploaded through its form. */
    private static Reply confirm(DoorClient client, int port, String[] headers, Resources target) {
        Map<String, Object> upload = json(client, "POST", dataset(target) + "/audio/upload-url",
                "{\"filename\": \"a.wav\", \"content_type\": \"audio/wav\", \"file_size\": "
                        + ValidAudio.WAV.length + "}", owner(target)).json();
        dev.earshot.server.support.Multipart form = new dev.earshot.server.support.Multipart();
        ((Map<?, ?>) upload.get("fields")).forEach((name, value) -> form.field((String) name, (String) value));
        client.post(java.net.URI.create((String) upload.get("upload_url")).getPath(),
                form.file("file", "a.wav", ValidAudio.WAV));
        return json(client, "POST", dataset(target) + "/audio/confirm",
                "{\"audio_id\": \"" + upload.get("audio_id") + "\"}", headers);
    }

    private static String freshSet(DoorClient client, Resources target) {
        return dataset(target) + "/annotation-sets/" + id(json(client, "POST", dataset(target) + "/annotation-sets",
                null, owner(target)));
    }

    private static String dataset(Resources target) {
        return DATASETS + "/" + target.studio().dataset();
    }

    private static String set(Resources target) {
        return dataset(target) + "/annotation-sets/" + target.studio().set();
    }

    private static String annotations(String dataset, String set) {
        return DATASETS + "/" + dataset + "/annotation-sets/" + set + "/annotations";
    }

    private static String annotation(String audio) {
        return "{\"audio_file_id\": \"" + audio + "\", \"artifact_type\": \"glitch\", \"start_ms\": 0, "
                + "\"end_ms\": 100}";
    }

    static String[] owner(Resources target) {
        return new String[] {"X-API-Key", target.ownerKey()};
    }

    static String id(Reply reply) {
        return (String) reply.json().get("id");
    }

    static Reply json(DoorClient client, String method, String path, String body, String... headers) {
        return client.send(method, path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }
}
