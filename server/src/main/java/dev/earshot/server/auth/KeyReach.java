package dev.earshot.server.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What a key may use, in the words printed when it is made (at first start and by {@code keys create}). */
public final class KeyReach {
    private static final Map<String, String> MEANINGS = Map.of(
            Scopes.ADMIN, "everything",
            Scopes.AUDIO_WRITE, "upload audio, run pipelines",
            Scopes.AUDIO_READ, "read jobs and results");

    private KeyReach() {
    }

    /**
     * @param projectNames the key's project list, empty for an admin key of every project
     * @param homeProject  the project work sent without a project name is filed under, or null when there is none
     */
    public static List<String> describe(Set<String> scopes, List<String> projectNames, String homeProject) {
        List<String> lines = new ArrayList<>();
        lines.add("It may use " + projects(scopes, projectNames) + ", with " + scopes(scopes) + ".");
        if (homeProject != null) {
            lines.add("Work sent without a project name (ingestion and noise-removal doors) is filed under '"
                    + homeProject + "'.");
        }
        return lines;
    }

    private static String projects(Set<String> scopes, List<String> names) {
        if (!names.isEmpty()) {
            return (names.size() == 1 ? "the project " : "the projects ")
                    + names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
        }
        return scopes.contains(Scopes.ADMIN)
                ? "every project, also projects created later (a project_name the pipeline door does not know yet "
                        + "is created on first use)"
                : "no project";
    }

    private static String scopes(Set<String> scopes) {
        return (scopes.size() == 1 ? "the scope " : "the scopes ") + scopes.stream().sorted()
                .map(scope -> scope + " (" + MEANINGS.getOrDefault(scope, "unknown") + ")")
                .collect(Collectors.joining(", "));
    }
}
