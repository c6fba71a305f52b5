package dev.earshot.server.cli;

import dev.earshot.server.auth.User;
import dev.earshot.server.auth.Users;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Create and list users.")
class UsersCommand implements Runnable {
    private final Users users;
    @Spec
    CommandSpec spec;

    UsersCommand(Users users) {
        this.users = users;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: create or list");
    }

    @Command(name = "create", description = "Create a user.")
    int create(@Parameters(paramLabel = "<email>") String email,
               @Option(names = "--name", description = "Display name.") String name,
               @Option(names = "--admin", description = "Make the user an administrator.") boolean admin) {
        User user = users.create(email, name, admin);
        out().printf("Created %suser %s (%s)%n", user.admin() ? "admin " : "", user.email(), user.id());
        return 0;
    }

    @Command(name = "list", description = "List users.")
    int list() {
        PrintWriter out = out();
        out.printf("%-36s  %-5s  %s%n", "ID", "ADMIN", "EMAIL");
        users.list().forEach(user -> out.printf("%-36s  %-5s  %s%n", user.id(), user.admin() ? "yes" : "no", user.email()));
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
