package dev.earshot.server.auth;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A stored key as listed: never holds the secret. {@code expiresAt} is null for a key that never expires. */
public record KeyRow(
        String id,
        String prefix,
        String name,
        Set<String> scopes,
        String userId,
        List<String> projectIds,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        Instant expiresAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** True when the key is past its expiry at {@code now}. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
