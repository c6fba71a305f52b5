package dev.earshot.server.cli;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.CreatedKey;
import dev.earshot.server.auth.KeyReach;
import dev.earshot.server.auth.KeyRow;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.ProjectAccess;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.auth.User;
import dev.earshot.server.auth.Users;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "keys", mixinStandardHelpOptions = true, description = "Create, list and revoke API keys.")
class KeysCommand implements Runnable {
    private static final String ROW = "%-36s  %-10s  %-16s  %-28s  %-24s  %-20s  %-7s  %s%n";
    private final ApiKeys apiKeys;
    private final Projects projects;
    private final Users users;
    private final ProjectAccess access;
    @Spec
    CommandSpec spec;

    KeysCommand(ApiKeys apiKeys, Projects projects, Users users, ProjectAccess access) {
        this.apiKeys = apiKeys;
        this.projects = projects;
        this.users = users;
        this.access = access;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: create, list or revoke");
    }

    @Command(name = "create", description = "Create a key; the key is printed once and cannot be shown again.")
    int create(
            @Option(names = "--project", split = ",", paramLabel = "<name>",
                    description = "Project the key may use (repeatable). An admin key without one may use all.")
            List<String> projectNames,
            @Option(names = "--scopes", split = ",", required = true, paramLabel = "<scope>",
                    description = "audio:write, audio:read and/or admin, comma separated.")
            Set<String> scopes,
            @Option(names = "--name", defaultValue = "key", description = "Label for the key.") String name,
            @Option(names = "--user", paramLabel = "<email>", description = "Owning user.") String userEmail,
            @Option(names = "--create-project", description = "Create projects that do not exist yet.")
            boolean createProjects) {
        List<String> names = projectNames == null ? List.of() : projectNames;
        if (names.isEmpty() && !scopes.contains(Scopes.ADMIN)) {
            throw new IllegalArgumentException("--project is required for a key without the admin scope");
        }
        List<String> projectIds = names.stream().map(project -> project(project, createProjects).id()).toList();
        String userId = userEmail == null ? null : user(userEmail).id();
        CreatedKey key = apiKeys.create(name, userId, scopes, projectIds);
        PrintWriter out = out();
        out.printf("Created key %s (prefix %s, name %s).%n", key.id(), key.prefix(), key.name());
        String home = access.homeProject(new ApiCaller(key.id(), key.prefix(), userId, userEmail, key.scopes()))
                .map(Project::name).orElse(null);
        KeyReach.describe(key.scopes(), names, home).forEach(out::println);
        out.println("Store it now; it is not shown again:");
        out.println(key.plainKey());
        return 0;
    }

    @Command(name = "list", description = "List keys (never their secrets).")
    int list() {
        Map<String, String> projectNames = projects.list().stream()
                .collect(Collectors.toMap(Project::id, Project::name));
        Map<String, String> emails = users.list().stream().collect(Collectors.toMap(User::id, User::email));
        PrintWriter out = out();
        out.printf(ROW, "ID", "PREFIX", "NAME", "SCOPES", "PROJECTS", "USER", "STATUS", "LAST USED");
        for (KeyRow key : apiKeys.list()) {
            out.printf(ROW, key.id(), key.prefix(), key.name(), String.join(",", key.scopes()),
                    projectsOf(key, projectNames::get), key.userId() == null ? "-" : emails.get(key.userId()),
                    key.revoked() ? "revoked" : "active", instant(key.lastUsedAt()));
        }
        return 0;
    }

    @Command(name = "revoke", description = "Revoke a key by id or prefix.")
    int revoke(@Parameters(paramLabel = "<id|prefix>") String idOrPrefix) {
        if (!apiKeys.revoke(idOrPrefix)) {
            throw new IllegalArgumentException("no active key with id or prefix '" + idOrPrefix + "'");
        }
        out().printf("Revoked key %s%n", idOrPrefix);
        return 0;
    }

    private Project project(String name, boolean create) {
        return projects.findByName(name).orElseGet(() -> {
            if (!create) {
                throw new IllegalArgumentException(
                        "project '" + name + "' does not exist (create it, or pass --create-project)");
            }
            return projects.create(name);
        });
    }

    private User user(String email) {
        return users.findByEmail(email).orElseThrow(() -> new IllegalArgumentException(
                "no user with email '" + email + "' (create it with 'users create')"));
    }

    private static String projectsOf(KeyRow key, Function<String, String> names) {
        if (key.projectIds().isEmpty()) {
            return key.scopes().contains(Scopes.ADMIN) ? "(all)" : "(none)";
        }
        return key.projectIds().stream().map(names).sorted().collect(Collectors.joining(","));
    }

    private static String instant(Instant instant) {
        return instant == null ? "never" : instant.toString();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
