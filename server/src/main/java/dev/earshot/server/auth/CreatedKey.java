package dev.earshot.server.auth;

import java.util.List;
import java.util.Set;

/** A new key. {@link #plainKey()} exists only here: it is never stored and cannot be read again. */
public record CreatedKey(String id, String prefix, String plainKey, String name, Set<String> scopes, List<String> projectIds) {

    @Override
    public String toString() {
        return "CreatedKey[id=" + id + ", prefix=" + prefix + ", name=" + name + ", scopes=" + scopes + "]";
    }
}
