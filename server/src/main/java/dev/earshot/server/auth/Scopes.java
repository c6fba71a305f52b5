package dev.earshot.server.auth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The scopes an API key can carry. {@link #ADMIN} implies every other scope. */
public final class Scopes {
    public static final String AUDIO_WRITE = "audio:write";
    public static final String AUDIO_READ = "audio:read";
    public static final String ADMIN = "admin";
    /** Reports results of submission tasks and claims them (seed 001 workers). */
    public static final String WORKER = "tasks:work";
    public static final Set<String> ALL = Set.of(AUDIO_WRITE, AUDIO_READ, WORKER, ADMIN);

    private Scopes() {
    }

    /** Parses a comma separated list; rejects unknown or missing scopes. */
    public static Set<String> parse(String commaSeparated) {
        Set<String> scopes = Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
                .map(String::strip)
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return requireValid(scopes);
    }

    public static Set<String> requireValid(Set<String> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("at least one scope is required (" + String.join(", ", sorted(ALL)) + ")");
        }
        for (String scope : scopes) {
            if (!ALL.contains(scope)) {
                throw new IllegalArgumentException("unknown scope '" + scope + "' (known: " + String.join(", ", sorted(ALL)) + ")");
            }
        }
        return Set.copyOf(scopes);
    }

    /** Reads stored scopes without judging them, so a scope added later never breaks reading. */
    static Set<String> read(String stored) {
        return Arrays.stream(stored.split(",")).map(String::strip).filter(scope -> !scope.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static String format(Set<String> scopes) {
        return String.join(",", sorted(scopes));
    }

    private static List<String> sorted(Set<String> scopes) {
        return scopes.stream().sorted().toList();
    }
}
