package dev.earshot.server.cli;

import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.webhooks.ProjectWebhooks;
import dev.earshot.server.webhooks.WebhookSecret;
import dev.earshot.server.webhooks.WebhookSecrets;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "projects", mixinStandardHelpOptions = true,
        description = "Create and list projects; set a project's webhook URL; show or rotate its webhook secret.")
class ProjectsCommand implements Runnable {
    private final Projects projects;
    private final WebhookSecrets webhookSecrets;
    private final ApiKeys apiKeys;
    private final ProjectWebhooks projectWebhooks;
    @Spec
    CommandSpec spec;

    ProjectsCommand(Projects projects, WebhookSecrets webhookSecrets, ApiKeys apiKeys,
                    ProjectWebhooks projectWebhooks) {
        this.projectWebhooks = projectWebhooks;
        this.projects = projects;
        this.webhookSecrets = webhookSecrets;
        this.apiKeys = apiKeys;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: create, list, webhook or webhook-secret");
    }

    @Command(name = "create", description = "Create a project.")
    int create(@Parameters(paramLabel = "<name>") String name) {
        Project project = projects.create(name);
        PrintWriter out = out();
        out.printf("Created project %s (%s)%n", project.name(), project.id());
        out.println("Keys that may use it: " + keysOfEveryProject() + ".");
        out.printf("For a key of this project only: java -jar earshot.jar keys create --project %s "
                + "--scopes audio:write,audio:read%n", project.name());
        return 0;
    }

    @Command(name = "list", description = "List projects.")
    int list() {
        PrintWriter out = out();
        out.printf("%-36s  %s%n", "ID", "NAME");
        projects.list().forEach(project -> out.printf("%-36s  %s%n", project.id(), project.name()));
        return 0;
    }

    @Command(name = "webhook-secret",
            description = "Print the secret that signs the project's webhooks (created on first use).")
    int webhookSecret(@Parameters(paramLabel = "<name>") String name,
                      @Option(names = "--rotate", description = "Replace it with a new secret; the old one keeps "
                              + "signing next to the new one for earshot.webhooks.secret-overlap.") boolean rotate) {
        Project project = projects.findByName(name)
                .orElseThrow(() -> new IllegalArgumentException("project '" + name + "' does not exist"));
        WebhookSecret secret = rotate ? webhookSecrets.rotate(project.id()) : webhookSecrets.current(project.id());
        out().println(secret.value());
        webhookSecrets.previousSignsUntil(project.id()).ifPresent(until -> spec.commandLine().getErr()
                .printf("The previous secret also signs this project's webhooks until %s.%n", until));
        return 0;
    }

    @Command(name = "webhook", description = "Show, set or remove the URL told (signed) when the project's "
            + "submissions finish a task (door 001).")
    int webhook(@Parameters(paramLabel = "<name>") String name,
                @Parameters(paramLabel = "<url>", arity = "0..1", description = "The https URL to set.") String url,
                @Option(names = "--clear", description = "Remove the project's webhook URL.") boolean clear) {
        Project project = projects.findByName(name)
                .orElseThrow(() -> new IllegalArgumentException("project '" + name + "' does not exist"));
        if (clear) {
            out().println(projectWebhooks.clear(project.id()) ? "Removed the webhook URL of " + name + "."
                    : name + " has no webhook URL.");
        } else if (url != null) {
            projectWebhooks.set(project.id(), url);
            out().printf("%s's tasks are told to %s, signed with the secret of: projects webhook-secret %s%n",
                    name, url.strip(), name);
        } else {
            out().println(projectWebhooks.url(project.id()).orElse(name + " has no webhook URL."));
        }
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The active admin keys without a project list, which may use every project. */
    private String keysOfEveryProject() {
        String keys = apiKeys.list().stream()
                .filter(key -> !key.revoked() && key.projectIds().isEmpty() && key.scopes().contains(Scopes.ADMIN))
                .map(key -> key.name() + " (prefix " + key.prefix() + ")")
                .collect(Collectors.joining(", "));
        return keys.isEmpty() ? "none yet" : "the admin keys of every project: " + keys;
    }
}
