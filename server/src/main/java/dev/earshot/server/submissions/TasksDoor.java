package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.Scopes;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/tasks} of seed 001: the caller's tasks, paginated as Laravel paginates API resources, and the
 * workers' {@code POST /api/v1/tasks/{task}/results}.
 */
@RestController
class TasksDoor {

    private static final int DEFAULT_PER_PAGE = 15;
    private static final int MAX_PER_PAGE = 100;
    private final SubmissionsCallers callers;
    private final SubmissionRecords records;
    private final SubmissionViews views;
    private final TaskResults results;
    private final TaskReportReader reports;

    TasksDoor(SubmissionsCallers callers, SubmissionRecords records, SubmissionViews views, TaskResults results,
              TaskReportReader reports) {
        this.callers = callers;
        this.records = records;
        this.views = views;
        this.results = results;
        this.reports = reports;
    }

    @GetMapping("/api/v1/tasks")
    Map<String, Object> list(HttpServletRequest request) {
        ApiCaller caller = callers.caller(request, Scopes.AUDIO_READ);
        String status = filter(request, "status");
        String type = filter(request, "type");
        int perPage = perPage(request.getParameter("per_page"));
        int page = page(request.getParameter("page"));
        String owner = SubmissionsCallers.owner(caller);
        List<Map<String, Object>> tasks = records.page(owner, status, type, perPage, page).stream()
                .map(views::listed).toList();
        String path = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString();
        return new LaravelPage(tasks, records.count(owner, status, type), perPage, page, path,
                query(status, type, request.getParameter("per_page") == null ? null : perPage)).body();
    }

    @PostMapping("/api/v1/tasks/{task}/results")
    Map<String, Object> report(HttpServletRequest request, @PathVariable String task) {
        ApiCaller caller = callers.caller(request);
        SubmissionTask found = SubmissionsCallers.id(task).flatMap(records::task)
                .orElseThrow(() -> SubmissionsException.noSuch("Task", task));
        SubmissionsCallers.requireScope(caller, Scopes.WORKER);
        TaskReport report = reports.read(request, caller.keyId());
        return SubmissionViews.reported(results.report(found, report));
    }

    private static String filter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Laravel's {@code integer|between:1,100}: a whole number, signed or not, and then its range. */
    private static int perPage(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PER_PAGE;
        }
        long perPage = RequestBodies.integer(value).orElseThrow(() -> SubmissionsException.invalid(
                Map.of("per_page", List.of("The per page field must be an integer."))));
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw SubmissionsException.invalid(Map.of("per_page", List.of("The per page field must be between 1 and "
                    + MAX_PER_PAGE + ".")));
        }
        return (int) perPage;
    }

    /** Laravel takes a page that is not a whole number of at least 1 as the first page. */
    private static int page(String value) {
        if (value == null || !value.strip().matches("\\d{1,9}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value.strip()));
    }

    private static String query(String status, String type, Integer perPage) {
        List<String> parts = new ArrayList<>();
        if (status != null) {
            parts.add("status=" + URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        if (type != null) {
            parts.add("type=" + URLEncoder.encode(type, StandardCharsets.UTF_8));
        }
        if (perPage != null) {
            parts.add("per_page=" + perPage);
        }
        return String.join("&", parts);
    }
}
