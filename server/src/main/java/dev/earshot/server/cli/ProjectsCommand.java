package dev.earshot.server.cli;

import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.Projects;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "projects", mixinStandardHelpOptions = true, description = "Create and list projects.")
class ProjectsCommand implements Runnable {
    private final Projects projects;
    @Spec
    CommandSpec spec;

    ProjectsCommand(Projects projects) {
        this.projects = projects;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: create or list");
    }

    @Command(name = "create", description = "Create a project.")
    int create(@Parameters(paramLabel = "<name>") String name) {
        Project project = projects.create(name);
        out().printf("Created project %s (%s)%n", project.name(), project.id());
        return 0;
    }

    @Command(name = "list", description = "List projects.")
    int list() {
        PrintWriter out = out();
        out.printf("%-36s  %s%n", "ID", "NAME");
        projects.list().forEach(project -> out.printf("%-36s  %s%n", project.id(), project.name()));
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
