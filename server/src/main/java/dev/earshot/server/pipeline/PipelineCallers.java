package dev.earshot.server.pipeline;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ApiKeyAuthenticator;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.ProjectAccess;
import dev.earshot.server.system.RequestLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Who is calling the pipeline door and which project they may use; every refusal here is a 403. */
@Component
@OnAudioEngineEnabled
class PipelineCallers {

    static final String SCOPE = "audio:write";

    private final ApiKeyAuthenticator authenticator;
    private final ProjectAccess projects;

    PipelineCallers(ApiKeyAuthenticator authenticator, ProjectAccess projects) {
        this.authenticator = authenticator;
        this.projects = projects;
    }

    /** The caller of a request that must carry a valid key with {@code audio:write}. */
    ApiCaller require(HttpServletRequest request) {
        ApiCaller caller = authenticator.authenticate(request)
                .orElseThrow(() -> PipelineDoorException.forbidden("missing or invalid API key"));
        RequestLog.identify(request, caller.keyPrefix(), caller.userEmail());
        if (!caller.hasScope(SCOPE)) {
            throw PipelineDoorException.forbidden("this API key lacks the " + SCOPE + " scope");
        }
        return caller;
    }

    /** Any valid key (reads of a dataset check the project instead of a write scope). */
    ApiCaller requireAny(HttpServletRequest request) {
        ApiCaller caller = authenticator.authenticate(request)
                .orElseThrow(() -> PipelineDoorException.forbidden("missing or invalid API key"));
        RequestLog.identify(request, caller.keyPrefix(), caller.userEmail());
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
