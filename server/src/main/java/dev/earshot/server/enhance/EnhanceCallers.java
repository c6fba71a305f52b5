package dev.earshot.server.enhance;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ApiKeyAuthenticator;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.ProjectAccess;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.system.RequestLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Who calls the noise-removal door and what they may see: 401 for a missing or invalid key, 403 for a key
 * without the needed scope or without a project, 404 for a job or upload of another project (as for an unknown
 * one, so ids of other projects cannot be probed).
 */
@Component
class EnhanceCallers {

    private final ApiKeyAuthenticator authenticator;
    private final ProjectAccess projects;
    private final JobQueue queue;

    EnhanceCallers(ApiKeyAuthenticator authenticator, ProjectAccess projects, JobQueue queue) {
        this.authenticator = authenticator;
        this.projects = projects;
        this.queue = queue;
    }

    /** The caller of a request that needs {@code scope} ({@link Scopes#AUDIO_WRITE} or {@link Scopes#AUDIO_READ}). */
    ApiCaller require(HttpServletRequest request, String scope) {
        ApiCaller caller = authenticator.authenticate(request)
                .orElseThrow(() -> EnhanceDoorException.unauthorized("missing or invalid API key"));
        RequestLog.identify(request, caller.keyPrefix(), caller.userEmail());
        if (!caller.hasScope(scope)) {
            throw EnhanceDoorException.forbidden("this API key lacks the " + scope + " scope");
        }
        return caller;
    }

    /** The project the caller's uploads and URL jobs are filed under. */
    Project homeProject(ApiCaller caller) {
        return projects.homeProject(caller).orElseThrow(() ->
                EnhanceDoorException.forbidden("this API key is not granted any project to file work under"));
    }

    boolean allows(ApiCaller caller, String projectId) {
        return projects.allowsProjectId(caller, projectId);
    }

    /** A noise-removal job the caller may see. */
    Job job(ApiCaller caller, String jobId) {
        return queue.find(jobId)
                .filter(job -> NoiseRemovalWork.KIND.equals(job.kind()) && allows(caller, job.projectId()))
                .orElseThrow(() -> EnhanceDoorException.notFound("no noise-removal job with id " + jobId));
    }
}
