package dev.earshot.server.ingest;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ApiKeyAuthenticator;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.limits.RequestRateLimit;
import dev.earshot.server.system.RequestLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Who is calling the ingestion door. The seed lists only 401 for keys, so a missing, unknown or revoked key and
 * a key without the needed permission are all 401, each with its own message. Uploads also take one request
 * from the key's rate limit (429 when none is left); every upload answer carries the {@code RateLimit-*} headers.
 */
@Component
class IngestCallers {

    private final ApiKeyAuthenticator authenticator;
    private final RequestRateLimit rateLimit;

    IngestCallers(ApiKeyAuthenticator authenticator, RequestRateLimit ingestRateLimit) {
        this.authenticator = authenticator;
        this.rateLimit = ingestRateLimit;
    }

    /** The caller of an upload: a valid key with {@code audio:write} that is within its rate limit. */
    ApiCaller uploader(HttpServletRequest request, HttpServletResponse response) {
        ApiCaller caller = authenticated(request);
        if (!caller.hasScope(Scopes.AUDIO_WRITE)) {
            throw IngestException.unauthorized("this API key lacks the " + Scopes.AUDIO_WRITE
                    + " permission needed to upload audio");
        }
        RequestRateLimit.Decision decision = rateLimit.tryAcquire(caller.keyId());
        response.setHeader("RateLimit-Limit", Integer.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            throw new RateLimitedException(decision);
        }
        return caller;
    }

    /** The caller of a read: a valid key with {@code audio:read} or {@code audio:write}. */
    ApiCaller reader(HttpServletRequest request) {
        ApiCaller caller = authenticated(request);
        if (!caller.hasScope(Scopes.AUDIO_READ) && !caller.hasScope(Scopes.AUDIO_WRITE)) {
            throw IngestException.unauthorized("this API key lacks the " + Scopes.AUDIO_READ
                    + " permission needed to read jobs");
        }
        return caller;
    }

    private ApiCaller authenticated(HttpServletRequest request) {
        ApiCaller caller = authenticator.authenticate(request).orElseThrow(() -> IngestException.unauthorized(
                "missing, invalid or revoked API key: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'"));
        RequestLog.identify(request, caller.keyPrefix(), caller.userEmail());
        return caller;
    }
}
