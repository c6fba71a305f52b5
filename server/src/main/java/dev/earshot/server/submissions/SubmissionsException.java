package dev.earshot.server.submissions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the submissions door turns away, in Laravel's words: 401 "Unauthenticated.", 403 "This action is
 * unauthorized.", 404 "No query results for model [App\Models\Audio] 42", 409, 429 "Too Many Attempts.", or a 422
 * with the failed rules per field.
 */
final class SubmissionsException extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, List<String>> errors;

    private SubmissionsException(HttpStatus status, String message, Map<String, List<String>> errors) {
        super(message);
        this.status = status;
        this.errors = errors;
    }

    static SubmissionsException unauthenticated() {
        return new SubmissionsException(HttpStatus.UNAUTHORIZED, "Unauthenticated.", Map.of());
    }

    static SubmissionsException unauthorized() {
        return new SubmissionsException(HttpStatus.FORBIDDEN, "This action is unauthorized.", Map.of());
    }

    static SubmissionsException noSuch(String model, Object id) {
        return new SubmissionsException(HttpStatus.NOT_FOUND,
                "No query results for model [App\\Models\\" + model + "] " + id, Map.of());
    }

    static SubmissionsException tooManyAttempts() {
        return new SubmissionsException(HttpStatus.TOO_MANY_REQUESTS, "Too Many Attempts.", Map.of());
    }

    static SubmissionsException conflict(String message) {
        return new SubmissionsException(HttpStatus.CONFLICT, message, Map.of());
    }

    /**
     * 422 with Laravel's message: the first failure, then " (and N more error[s])" when there are several.
     *
     * @param errors messages per field, in the order the rules ran
     */
    static SubmissionsException invalid(Map<String, List<String>> errors) {
        List<String> all = errors.values().stream().flatMap(List::stream).toList();
        String message = all.get(0);
        int more = all.size() - 1;
        if (more > 0) {
            message += " (and " + more + " more error" + (more == 1 ? "" : "s") + ")";
        }
        return new SubmissionsException(HttpStatus.UNPROCESSABLE_CONTENT, message, new LinkedHashMap<>(errors));
    }

    HttpStatus status() {
        return status;
    }

    Map<String, List<String>> errors() {
        return errors;
    }
}
