package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.ProjectAccess;
import dev.earshot.server.auth.Scopes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/submissions} of seed 001: create a submission (JSON or form body) and read it with its tasks and
 * their results. Checks run in Laravel's order: 401, 429, 404, 403, 422. A submission is filed under the key's home
 * project, whose webhook (if it has one) is told when the task finishes.
 */
@RestController
class SubmissionsDoor {

    private final SubmissionsCallers callers;
    private final SubmissionRequestReader reader;
    private final SubmissionIntake intake;
    private final SubmissionRecords records;
    private final SubmissionViews views;
    private final ProjectAccess access;

    SubmissionsDoor(SubmissionsCallers callers, SubmissionRequestReader reader, SubmissionIntake intake,
                    SubmissionRecords records, SubmissionViews views, ProjectAccess access) {
        this.access = access;
        this.callers = callers;
        this.reader = reader;
        this.intake = intake;
        this.records = records;
        this.views = views;
    }

    @PostMapping("/api/v1/submissions")
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) {
        ApiCaller caller = callers.caller(request, Scopes.AUDIO_WRITE);
        String owner = SubmissionsCallers.owner(caller);
        String project = access.homeProject(caller).map(Project::id).orElse(null);
        SubmissionIntake.Created created = intake.submit(owner, project, reader.read(request, owner));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.created(created.submission(), created.task()));
    }

    @GetMapping("/api/v1/submissions/{submission}")
    Map<String, Object> show(HttpServletRequest request, @PathVariable String submission) {
        ApiCaller caller = callers.caller(request);
        Submission found = SubmissionsCallers.id(submission).flatMap(records::submission)
                .orElseThrow(() -> SubmissionsException.noSuch("Submission", submission));
        SubmissionsCallers.requireOwner(caller, found.owner());
        SubmissionsCallers.requireScope(caller, Scopes.AUDIO_READ);
        return views.details(found, records.tasksOf(found.id()));
    }
}
