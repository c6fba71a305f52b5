package dev.earshot.server.submissions;

import dev.earshot.server.storage.BlobStore;
import dev.earshot.server.storage.InvalidBlobKeyException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads a worker's {@code POST /api/v1/tasks/{task}/results} (JSON or form) as Laravel's validator would:
 * {@code status} required|in:pending,processing,completed,failed, {@code result} nullable|array,
 * {@code result_id} nullable|integer, {@code zip} nullable|string naming a file in Earshot's own store (never an
 * arbitrary path).
 */
@Component
class TaskReportReader {

    private static final List<String> STATUSES = List.of("pending", "processing", "completed", "failed");
    private final RequestBodies bodies;
    private final BlobStore blobs;

    TaskReportReader(RequestBodies bodies, BlobStore blobs) {
        this.bodies = bodies;
        this.blobs = blobs;
    }

    TaskReport read(HttpServletRequest request, String worker) {
        Map<String, Object> body = bodies.read(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Object status = body.get("status");
        if (RequestBodies.blank(status)) {
            fail(errors, "status", "The status field is required.");
        } else if (!(status instanceof String text) || !STATUSES.contains(text.strip())) {
            fail(errors, "status", "The selected status is invalid.");
        }
        Object result = body.get("result");
        if (result != null && !(result instanceof Map<?, ?>) && !(result instanceof List<?>)) {
            fail(errors, "result", "The result field must be an array.");
        }
        Long resultId = resultId(body.get("result_id"), errors);
        String zip = zip(body.get("zip"), errors);
        if (!errors.isEmpty()) {
            throw SubmissionsException.invalid(errors);
        }
        return new TaskReport(((String) status).strip(), result, resultId, zip, worker);
    }

    private static Long resultId(Object value, Map<String, List<String>> errors) {
        if (RequestBodies.blank(value)) {
            return null;
        }
        return RequestBodies.integer(value).orElseGet(() -> {
            fail(errors, "result_id", "The result id field must be an integer.");
            return null;
        });
    }

    private String zip(Object value, Map<String, List<String>> errors) {
        if (RequestBodies.blank(value)) {
            return null;
        }
        if (!(value instanceof String key)) {
            fail(errors, "zip", "The zip field must be a string.");
            return null;
        }
        try {
            if (blobs.exists(key.strip())) {
                return key.strip();
            }
        } catch (InvalidBlobKeyException e) {
            fail(errors, "zip", "The zip field must be a path inside Earshot's store: " + e.getMessage());
            return null;
        }
        fail(errors, "zip", "The selected zip is invalid.");
        return null;
    }

    private static void fail(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }
}
