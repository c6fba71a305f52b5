package dev.earshot.server.pipeline;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ApiKeyAuthenticator;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.ProjectAccess;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.system.RequestLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Who is calling the pipeline door and which project they may use; every refusal here is a 403. */
@Component
@OnAudioEngineEnabled
class PipelineCallers {

    private final ApiKeyAuthenticator authenticator;
    private final ProjectAccess projects;

    PipelineCallers(ApiKeyAuthenticator authenticator, ProjectAccess projects) {
        this.authenticator = authenticator;
        this.projects = projects;
    }

    /** The caller of a run: a valid key with {@code audio:write}. */
    ApiCaller require(HttpServletRequest request) {
        return require(request, Scopes.AUDIO_WRITE);
    }

    /** The caller of a read of stored results: a valid key with {@code audio:read}. */
    ApiCaller requireReader(HttpServletRequest request) {
        return require(request, Scopes.AUDIO_READ);
    }

    private ApiCaller require(HttpServletRequest request, String scope) {
        ApiCaller caller = authenticator.authenticate(request)
                .orElseThrow(() -> PipelineDoorException.forbidden("missing or invalid API key"));
        RequestLog.identify(request, caller.keyPrefix(), caller.userEmail());
        if (!caller.hasScope(scope)) {
            throw PipelineDoorException.forbidden("this API key lacks the " + scope + " scope");
        }
        return caller;
    }

    /** The named project, if the caller's key may use it (a key of every project creates an unknown one). */
    Project project(ApiCaller caller, String name) {
        return projects.named(caller, name)
                .orElseThrow(() -> PipelineDoorException.forbidden("project '" + name
                        + "' does not exist or this API key may not use it"));
    }

    boolean allows(ApiCaller caller, String projectId) {
        return projects.allows(caller, new Project(projectId, null));
    }
}
