package dev.earshot.server.cli;

import dev.earshot.server.auth.User;
import dev.earshot.server.auth.Users;
import dev.earshot.server.submissions.Credits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Grants and shows users' credits of the submissions door (seed 001). */
@Command(name = "credits", mixinStandardHelpOptions = true, description = "Grant and show users' credits.")
class CreditsCommand implements Runnable {
    private final Users users;
    private final Credits credits;
    @Spec
    CommandSpec spec;

    CreditsCommand(Users users, Credits credits) {
        this.users = users;
        this.credits = credits;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: grant or show");
    }

    @Command(name = "grant", description = "Add credits to a user's balance.")
    int grant(@Parameters(index = "0", paramLabel = "<email>") String email,
              @Parameters(index = "1", paramLabel = "<amount>", description = "Credits to add, at least 1.")
              long amount,
              @Option(names = "--reason", defaultValue = "granted by an administrator",
                      description = "Why, kept with the entry (default: ${DEFAULT-VALUE}).") String reason) {
        User user = user(email);
        long balance = credits.grant(Credits.ownerOf(user.id()), amount, reason);
        spec.commandLine().getOut().printf("Granted %d credits to %s; balance %d%n", amount, user.email(), balance);
        return 0;
    }

    @Command(name = "show", description = "Show a user's balance.")
    int show(@Parameters(paramLabel = "<email>") String email) {
        User user = user(email);
        spec.commandLine().getOut().printf("%s: %d credits%n", user.email(),
                credits.balance(Credits.ownerOf(user.id())));
        return 0;
    }

    private User user(String email) {
        return users.findByEmail(email).orElseThrow(() -> new IllegalArgumentException(
                "no user with email '" + email + "' (create it with 'users create')"));
    }
}
