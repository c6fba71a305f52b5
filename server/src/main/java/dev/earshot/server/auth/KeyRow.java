package dev.earshot.server.auth;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A stored key as listed: never holds the secret. */
public record KeyRow(
        String id,
        String prefix,
        String name,
        Set<String> scopes,
        String userId,
        List<String> projectIds,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
