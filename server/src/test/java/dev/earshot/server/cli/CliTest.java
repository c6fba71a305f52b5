package dev.earshot.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.EarshotApplication;
import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ApiKeyAuthenticator;
import dev.earshot.server.auth.ProjectAccess;
import dev.earshot.server.auth.Users;
import dev.earshot.server.submissions.Credits;
import dev.earshot.server.testing.OnH2;
import dev.earshot.server.testing.TestDatabase;
import dev.earshot.server.testing.TestHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OnH2
class CliTest {
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiKeyAuthenticator authenticator;
    @Autowired
    ProjectAccess projectAccess;

    @Test
    void createsAndListsProjects() {
        String name = unique("proj");

        Result created = run("projects", "create", name);
        Result listed = run("projects", "list");

        assertThat(created.code).isZero();
        assertThat(created.out).contains("Created project " + name);
        assertThat(listed.out).contains(name).contains("default");
        assertThat(run("projects", "create", name)).satisfies(again -> {
            assertThat(again.code).isEqualTo(1);
            assertThat(again.err).contains("already exists");
        });
    }

    @Test
    void projectsCreateSaysWhichKeysMayUseTheNewProject() {
        String name = unique("proj");
        String bootstrapPrefix = run("keys", "list").out.lines().filter(line -> line.contains(" bootstrap "))
                .findFirst().orElseThrow().split("\\s+")[1];

        Result created = run("projects", "create", name);

        assertThat(created.out).contains("Keys that may use it: the admin keys of every project: bootstrap (prefix "
                + bootstrapPrefix + ")").contains("For a key of this project only: java -jar earshot.jar keys create "
                + "--project " + name + " --scopes audio:write,audio:read");
    }

    @Test
    void keysCreateSaysWhatTheNewKeyMayUse() {
        String project = unique("p");
        run("projects", "create", project);

        Result bound = run("keys", "create", "--project", project, "--scopes", "audio:write,audio:read");
        Result admin = run("keys", "create", "--scopes", "admin", "--name", "ops");

        assertThat(bound.out).contains("It may use the project '" + project + "', with the scopes audio:read (read "
                + "jobs and results), audio:write (upload audio, run pipelines).")
                .contains("is filed under '" + project + "'.");
        assertThat(admin.out).contains("name ops").contains("It may use every project, also projects created later")
                .contains("with the scope admin (everything)").contains("is filed under 'default'.");
    }

    @Test
    void createsUsers() {
        String email = unique("user") + "@example.org";

        assertThat(run("users", "create", email, "--admin").out).contains("Created admin user " + email);
        assertThat(run("users", "list").out).contains(email);
        assertThat(run("users", "create", "nonsense").code).isEqualTo(1);
    }

    @Test
    void grantsAndShowsAUsersCredits() {
        String email = unique("credits") + "@example.org";
        run("users", "create", email);

        Result before = run("credits", "show", email);
        Result granted = run("credits", "grant", email, "30", "--reason", "trial");
        Result again = run("credits", "grant", email.toUpperCase(), "12");
        Result after = run("credits", "show", email);

        assertThat(before.out).contains(email + ": 0 credits");
        assertThat(granted.code).isZero();
        assertThat(granted.out).contains("Granted 30 credits to " + email + "; balance 30");
        assertThat(again.out).contains("balance 42");
        assertThat(after.out).contains(email + ": 42 credits");
        assertThat(entryReasons(email)).containsExactly("trial", "granted by an administrator");
    }

    @Test
    void creditsOfAnUnknownUserOrANonPositiveAmountAreRefused() {
        String email = unique("credits") + "@example.org";
        run("users", "create", email);

        assertThat(run("credits", "grant", "nobody@x.org", "5")).satisfies(unknown -> {
            assertThat(unknown.code).isEqualTo(1);
            assertThat(unknown.err).contains("no user with email 'nobody@x.org'");
        });
        assertThat(run("credits", "show", "nobody@x.org").code).isEqualTo(1);
        assertThat(run("credits", "grant", email, "0").err).contains("at least 1");
        assertThat(run("credits", "grant", email, "many").code).isEqualTo(2);
        assertThat(run("credits").code).isEqualTo(2);
        assertThat(run("credits", "show", email).out).contains(": 0 credits");
    }

    @Test
    void createdKeyWorksForItsProjectOnlyAndCanBeRevoked() {
        String project = unique("p");
        String email = unique("owner") + "@example.org";
        run("projects", "create", project);
        run("users", "create", email);

        Result created = run("keys", "create", "--project", project, "--scopes", "audio:write,audio:read",
                "--name", "ci", "--user", email);
        String key = lastLine(created.out);
        ApiCaller caller = authenticator.authenticateKey(key).orElseThrow();

        assertThat(created.code).isZero();
        assertThat(caller.userEmail()).isEqualTo(email);
        assertThat(caller.hasScope("audio:write")).isTrue();
        assertThat(caller.hasScope("admin")).isFalse();
        assertThat(projectAccess.allows(caller, projectAccess.find(project).orElseThrow())).isTrue();
        assertThat(projectAccess.allows(caller, projectAccess.find("default").orElseThrow())).isFalse();
        assertThat(run("keys", "list").out).contains(caller.keyPrefix()).contains(project).contains(email)
                .doesNotContain(key);

        Result revoked = run("keys", "revoke", caller.keyPrefix());

        assertThat(revoked.code).isZero();
        assertThat(authenticator.authenticateKey(key)).isEmpty();
        assertThat(run("keys", "revoke", caller.keyPrefix()).code).isEqualTo(1);
    }

    @Test
    void keyForAMissingProjectIsAnErrorUnlessAskedToCreateIt() {
        String project = unique("missing");

        Result refused = run("keys", "create", "--project", project, "--scopes", "audio:read");
        Result created = run("keys", "create", "--project", project, "--scopes", "audio:read", "--create-project");

        assertThat(refused.code).isEqualTo(1);
        assertThat(refused.err).contains("does not exist").contains("--create-project");
        assertThat(created.code).isZero();
        assertThat(projectAccess.find(project)).isPresent();
    }

    @Test
    void rejectsBadUsage() {
        assertThat(run("keys", "create", "--project", "default", "--scopes", "audio:delete").code).isEqualTo(1);
        assertThat(run("keys", "create", "--scopes", "audio:read").err).contains("--project is required");
        assertThat(run("keys", "create", "--project", "default").code).isEqualTo(2);
        assertThat(run("keys", "create", "--project", "default", "--scopes", "audio:read", "--user", "nobody@x.org").err)
                .contains("no user");
        assertThat(run("keys").code).isEqualTo(2);
        assertThat(run("keys", "--help").code).isZero();
    }

    @Test
    void webhookSecretIsCreatedOnFirstUseStaysTheSameAndRotatesOnRequest() {
        String project = unique("hooks");
        run("projects", "create", project);

        Result first = run("projects", "webhook-secret", project);
        Result again = run("projects", "webhook-secret", project);
        Result rotated = run("projects", "webhook-secret", project, "--rotate");
        Result afterRotation = run("projects", "webhook-secret", project);

        assertThat(first.code).isZero();
        assertThat(first.out.strip()).matches("whsec_[A-Za-z0-9+/]+=*");
        assertThat(Base64.getDecoder().decode(first.out.strip().substring("whsec_".length()))).hasSize(32);
        assertThat(again.out).isEqualTo(first.out);
        assertThat(rotated.code).isZero();
        assertThat(rotated.out.strip()).startsWith("whsec_").isNotEqualTo(first.out.strip());
        assertThat(rotated.err).contains("previous secret also signs").contains("until");
        assertThat(afterRotation.out).isEqualTo(rotated.out);
        assertThat(run("projects", "webhook-secret", unique("nope"))).satisfies(missing -> {
            assertThat(missing.code).isEqualTo(1);
            assertThat(missing.err).contains("does not exist");
        });
        assertThat(run("projects", "webhook-secret").code).isEqualTo(2);
    }

    @Test
    void aProjectsWebhookUrlIsSetShownAndClearedAndOnlyAnHttpUrlIsTaken() {
        String project = unique("told");
        run("projects", "create", project);

        Result none = run("projects", "webhook", project);
        Result set = run("projects", "webhook", project, "https://hooks.example.com/earshot");
        Result shown = run("projects", "webhook", project);
        Result refused = run("projects", "webhook", project, "ftp://hooks.example.com/x");
        Result cleared = run("projects", "webhook", project, "--clear");

        assertThat(none.out).contains(project + " has no webhook URL.");
        assertThat(set.code).isZero();
        assertThat(set.out).contains("https://hooks.example.com/earshot", "projects webhook-secret " + project);
        assertThat(shown.out.strip()).isEqualTo("https://hooks.example.com/earshot");
        assertThat(refused.code).isEqualTo(1);
        assertThat(refused.err).contains("absolute https (or http) URL");
        assertThat(cleared.out).contains("Removed the webhook URL of " + project);
        assertThat(run("projects", "webhook", project).out).contains("has no webhook URL.");
        assertThat(run("projects", "webhook", unique("nope")).err).contains("does not exist");
    }

    @Test
    void mainEntryRunsACommandInItsOwnContextAndExits() {
        String[] springArgs = TestDatabase.asArguments(TestDatabase.H2.properties(TestHome.create()));
        StringWriter createOut = new StringWriter();
        StringWriter listOut = new StringWriter();
        StringWriter err = new StringWriter();

        int created = EarshotCli.run(EarshotApplication.class, new String[] {"projects", "create", "from-main"},
                springArgs, new PrintWriter(createOut), new PrintWriter(err));
        int listed = EarshotCli.run(EarshotApplication.class, new String[] {"projects", "list"},
                springArgs, new PrintWriter(listOut), new PrintWriter(err));

        assertThat(created).isZero();
        assertThat(listed).isZero();
        assertThat(createOut.toString()).contains("Created project from-main");
        assertThat(listOut.toString()).as("second run, same home").contains("from-main").contains("default");
        assertThat(EarshotCli.handles(new String[] {"keys", "list"})).isTrue();
        assertThat(EarshotCli.handles(new String[] {"--server.port=9000"})).isFalse();
        assertThat(EarshotCli.handles(new String[0])).isFalse();
    }

    @Test
    void commandsNeverPickUpQueuedJobs() throws Exception {
        Map<String, String> properties = TestDatabase.H2.properties(TestHome.create());
        String[] springArgs = TestDatabase.asArguments(properties);
        PrintWriter sink = new PrintWriter(new StringWriter());
        assertThat(EarshotCli.run(EarshotApplication.class, new String[] {"projects", "list"}, springArgs, sink, sink))
                .isZero();
        String url = "jdbc:h2:file:" + properties.get("earshot.home") + "/db/earshot;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            db.createStatement().execute("""
                    insert into jobs (id, kind, project_id, state, percent, input, attempts, created_at, updated_at)
                    values ('job_cli', 'unknown-kind', 'p', 'QUEUED', 0, '{}', 0, current_timestamp, current_timestamp)""");
            db.createStatement().execute("""
                    insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                    values ('earshot-job', 'job_cli', current_timestamp, false, 1)""");
        }

        EarshotCli.run(EarshotApplication.class, new String[] {"projects", "list"}, springArgs, sink, sink);

        try (Connection db = DriverManager.getConnection(url, "sa", "");
             ResultSet row = db.createStatement().executeQuery("select state from jobs where id = 'job_cli'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("state")).isEqualTo("QUEUED");
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EarshotCli.execute(context, args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString(), Arrays.toString(args));
    }

    private List<String> entryReasons(String email) {
        String userId = context.getBean(Users.class).findByEmail(email).orElseThrow().id();
        return context.getBean(JdbcClient.class).sql("select reason from credit_entries where owner = ? order by id")
                .param(Credits.ownerOf(userId)).query(String.class).list();
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private record Result(int code, String out, String err, String args) {
    }
}
