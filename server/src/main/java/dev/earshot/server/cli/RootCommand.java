package dev.earshot.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "earshot", mixinStandardHelpOptions = true,
        description = "Earshot administration. Without a command, 'java -jar earshot.jar' starts the server.",
        subcommands = {CreditsCommand.class, KeysCommand.class, ProjectsCommand.class, UsersCommand.class})
class RootCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose a command: credits, keys, projects or users");
    }
}
