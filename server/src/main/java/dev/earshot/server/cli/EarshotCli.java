package dev.earshot.server.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * The administration commands of {@code java -jar earshot.jar <command>}: the application context starts
 * without a web server, the picocli command runs with its beans, and the process exits with its code.
 */
public final class EarshotCli {
    private static final Set<String> COMMANDS = Set.of("credits", "keys", "projects", "users");
    private static final Map<String, Object> QUIET = Map.of(
            "logging.level.root", "WARN",
            "logging.level.org.springframework.boot.SpringApplication", "OFF",
            "logging.level.org.springframework.context", "ERROR",
            "spring.main.log-startup-info", "false",
            "earshot.jobs.execute", "false");

    private EarshotCli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        return run(application, args, new String[0],
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    /** Runs one command in a fresh context; {@code springArgs} such as {@code --earshot.home=/x} configure it. */
    static int run(Class<?> application, String[] args, String[] springArgs, PrintWriter out, PrintWriter err) {
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .properties(QUIET)
                    .run(springArgs);
        } catch (RuntimeException e) {
            err.println("error: cannot start: " + startFailure(e));
            err.flush();
            return 1;
        }
        try (context) {
            return execute(context, args, out, err);
        }
    }

    /** Runs one command against an existing context. */
    static int execute(ApplicationContext context, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(RootCommand.class, new BeanFactory(context));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + (e instanceof IllegalArgumentException ? e.getMessage() : e));
            line.getErr().flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String startFailure(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        if (message.contains("file is locked") || message.contains("already in use")) {
            return "the H2 database is in use by a running Earshot server; stop it first, or run Earshot on "
                    + "PostgreSQL (EARSHOT_DB_URL) so that commands and server can share the database";
        }
        return message;
    }

    /** Creates this package's commands with constructor injection from the context. */
    private record BeanFactory(ApplicationContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type.getPackageName().equals(EarshotCli.class.getPackageName())) {
                return context.getAutowireCapableBeanFactory().createBean(type);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
