package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ApiKeyAuthenticator;
import dev.earshot.server.system.RequestLog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who calls the submissions door, and what they own: the key's user, or the key itself when it has no user. */
@Component
class SubmissionsCallers {

    private final ApiKeyAuthenticator authenticator;

    SubmissionsCallers(ApiKeyAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The caller (401 without a valid key). */
    ApiCaller caller(HttpServletRequest request) {
        ApiCaller caller = authenticator.authenticate(request).orElseThrow(SubmissionsException::unauthenticated);
        RequestLog.identify(request, caller.keyPrefix(), caller.userEmail());
        return caller;
    }

    /** The caller, who must carry {@code scope} (401, then 403). */
    ApiCaller caller(HttpServletRequest request, String scope) {
        ApiCaller caller = caller(request);
        requireScope(caller, scope);
        return caller;
    }

    static void requireScope(ApiCaller caller, String scope) {
        if (!caller.hasScope(scope)) {
            throw SubmissionsException.unauthorized();
        }
    }

    /** The owner of what the caller makes: {@code user:<id>}, or {@code key:<id>} for a key without a user. */
    static String owner(ApiCaller caller) {
        return caller.userId() != null ? Credits.ownerOf(caller.userId()) : "key:" + caller.keyId();
    }

    /** A record's id from the path; a non-number finds nothing, as in Laravel. */
    static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 403 unless the caller owns it. */
    static void requireOwner(ApiCaller caller, String owner) {
        if (!owner.equals(owner(caller))) {
            throw SubmissionsException.unauthorized();
        }
    }
}
