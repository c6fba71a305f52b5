package dev.earshot.server.auth;

import java.util.Set;

/** Who is calling: the authenticated API key, its owning user (may be null) and its scopes. */
public record ApiCaller(String keyId, String keyPrefix, String userId, String userEmail, Set<String> scopes) {

    public ApiCaller {
        scopes = Set.copyOf(scopes);
    }

    /** True when the key carries the scope, or carries {@code admin}, which implies every scope. */
    public boolean hasScope(String scope) {
        return scopes.contains(Scopes.ADMIN) || scopes.contains(scope);
    }

    public boolean isAdmin() {
        return scopes.contains(Scopes.ADMIN);
    }
}
