package dev.earshot.server.studio;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ApiKeyAuthenticator;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.ProjectAccess;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.system.RequestLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Who calls the studio door and which tenant they act for: the key's home project, which owns every dataset (and
 * so every audio file and annotation set) the key makes or may see. No valid key is a 401, a key without the
 * scope an action needs ({@code audio:read} to read, {@code audio:write} to change) or without a project a 403.
 */
@Component
class StudioCallers {

    private final ApiKeyAuthenticator authenticator;
    private final ProjectAccess projects;

    StudioCallers(ApiKeyAuthenticator authenticator, ProjectAccess projects) {
        this.authenticator = authenticator;
        this.projects = projects;
    }

    /** A caller that reads. */
    StudioCaller reader(HttpServletRequest request) {
        return require(request, Scopes.AUDIO_READ);
    }

    /** A caller that creates, changes or deletes. */
    StudioCaller writer(HttpServletRequest request) {
        return require(request, Scopes.AUDIO_WRITE);
    }

    private StudioCaller require(HttpServletRequest request, String scope) {
        ApiCaller key = authenticator.authenticate(request).orElseThrow(() -> StudioException.unauthorized(
                authenticator.presentsExpiredKey(request) ? "API key expired" : "Invalid or missing API key"));
        RequestLog.identify(request, key.keyPrefix(), key.userEmail());
        if (!key.hasScope(scope)) {
            throw StudioException.forbidden("This API key lacks the " + scope + " scope this action needs");
        }
        Project project = projects.homeProject(key).orElseThrow(() -> StudioException.forbidden(
                "This API key may use no project, so it has no datasets"));
        return new StudioCaller(key, project);
    }

    /** An authenticated caller and the project it acts for. */
    record StudioCaller(ApiCaller key, Project project) {

        String projectId() {
            return project.id();
        }
    }
}
