package dev.earshot.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the key presented in {@code Authorization: Bearer <key>} or {@code X-Api-Key: <key>} into an
 * {@link ApiCaller}. Unknown, revoked, expired and malformed keys give empty. Each door decides its own status.
 */
@Component
public class ApiKeyAuthenticator {
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    /** Request attribute holding the {@link ApiCaller} a request authenticated as. */
    static final String CALLER = ApiKeyAuthenticator.class.getName() + ".caller";
    private static final String BEARER = "bearer ";
    private final JdbcClient jdbc;

    ApiKeyAuthenticator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The request's caller; a request is looked up once, later calls answer from the request. */
    public Optional<ApiCaller> authenticate(HttpServletRequest request) {
        if (request.getAttribute(CALLER) instanceof ApiCaller known) {
            return Optional.of(known);
        }
        Optional<ApiCaller> caller = presentedKey(request).flatMap(this::authenticateKey);
        caller.ifPresent(found -> request.setAttribute(CALLER, found));
        return caller;
    }

    /** Authenticates a plain key taken from elsewhere (a query parameter of a WebSocket, a CLI flag). */
    public Optional<ApiCaller> authenticateKey(String plainKey) {
        return KeyFormat.prefixOf(plainKey)
                .flatMap(this::findActive)
                .filter(key -> KeyFormat.matches(plainKey, key.hash()))
                .map(this::touched);
    }

    /** True when the request presents a key that is valid but past its expiry (its door may say so). */
    public boolean presentsExpiredKey(HttpServletRequest request) {
        return presentedKey(request).flatMap(key -> KeyFormat.prefixOf(key).flatMap(prefix -> jdbc.sql("""
                        select hash from api_keys
                        where prefix = ? and revoked_at is null and expires_at is not null and expires_at <= ?""")
                .params(prefix, Timestamps.now()).query(String.class).optional()
                .filter(hash -> KeyFormat.matches(key, hash)))).isPresent();
    }

    /** The key a request presents: a Bearer token first, else X-Api-Key. Header names ignore case. */
    static Optional<String> presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.strip().toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return nonBlank(authorization.strip().substring(BEARER.length()));
        }
        return nonBlank(request.getHeader("X-Api-Key"));
    }

    private Optional<ActiveKey> findActive(String prefix) {
        return jdbc.sql("""
                select k.id, k.prefix, k.hash, k.scopes, k.user_id, u.email, k.last_used_at
                from api_keys k left join users u on u.id = k.user_id
                where k.prefix = ? and k.revoked_at is null and (k.expires_at is null or k.expires_at > ?)""")
                .params(prefix, Timestamps.now())
                .query((row, n) -> new ActiveKey(
                        new ApiCaller(row.getString("id"), row.getString("prefix"), row.getString("user_id"),
                                row.getString("email"), Scopes.read(row.getString("scopes"))),
                        row.getString("hash"),
                        Timestamps.read(row, "last_used_at")))
                .optional();
    }

    private ApiCaller touched(ActiveKey key) {
        Instant now = Instant.now();
        if (key.lastUsedAt() == null || key.lastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now)) {
            jdbc.sql("update api_keys set last_used_at = ? where id = ?")
                    .params(Timestamps.of(now), key.caller().keyId())
                    .update();
        }
        return key.caller();
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private record ActiveKey(ApiCaller caller, String hash, Instant lastUsedAt) {
    }
}
