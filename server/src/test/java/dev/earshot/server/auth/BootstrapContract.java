package dev.earshot.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.server.EarshotApplication;
import dev.earshot.server.testing.TestDatabase;
import dev.earshot.server.testing.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** First start and later starts on one home and database; one subclass per database. */
@ExtendWith(OutputCaptureExtension.class)
abstract class BootstrapContract {
    private final Path home = TestHome.create();
    private final Map<String, String> settings = new HashMap<>(database().properties(home));

    abstract TestDatabase database();

    @Test
    void firstStartCreatesAdminProjectAndKeyWrittenOwnerOnly() throws IOException {
        Path keyFile = home.resolve("bootstrap-api-key");

        String callerEmail = start(context -> context.getBean(ApiKeyAuthenticator.class)
                .authenticateKey(readKey(keyFile)).orElseThrow().userEmail());

        assertThat(readKey(keyFile)).matches("esk_[a-z0-9]{8}_[A-Za-z0-9]{43}");
        assertThat(Files.getPosixFilePermissions(keyFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(callerEmail).isEqualTo("admin@localhost");
        try (var files = Files.list(home)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("~"));
        }
    }

    @Test
    void bootstrapKeyIsAnAdminOfEveryProjectThatFilesUnnamedWorkUnderTheBootstrapProject() {
        settings.put("earshot.bootstrap.project", "studio");
        settings.put("earshot.bootstrap.admin-email", "Root@Example.org");

        List<Object> seen = start(context -> {
            ApiCaller caller = context.getBean(ApiKeyAuthenticator.class).authenticateKey(readKey(keyFile())).orElseThrow();
            ProjectAccess access = context.getBean(ProjectAccess.class);
            Project later = context.getBean(Projects.class).create("later");
            return List.of(caller.isAdmin(), caller.userEmail(), access.allows(caller, access.find("studio").orElseThrow()),
                    access.allows(caller, later), access.homeProject(caller).orElseThrow().name());
        });

        assertThat(seen).containsExactly(true, "root@example.org", true, true, "studio");
    }

    @Test
    void firstStartSaysTheKeyMayUseEveryProject(CapturedOutput output) {
        start(context -> null);

        assertThat(output.getOut()).contains("It may use every project, also projects created later",
                "filed under 'default'", readKey(keyFile()));
    }

    @Test
    void laterStartsChangeNothing() throws IOException {
        List<KeyRow> first = start(context -> context.getBean(ApiKeys.class).list());
        String key = readKey(keyFile());
        var modified = Files.getLastModifiedTime(keyFile());

        List<KeyRow> second = start(context -> context.getBean(ApiKeys.class).list());

        assertThat(second).hasSize(1).extracting(KeyRow::id).containsExactlyElementsOf(first.stream().map(KeyRow::id).toList());
        assertThat(readKey(keyFile())).isEqualTo(key);
        assertThat(Files.getLastModifiedTime(keyFile())).isEqualTo(modified);
        List<User> users = start(context -> context.getBean(Users.class).list());
        assertThat(users).hasSize(1);
    }

    @Test
    void newBootstrapProjectOnALaterStartIsCreatedAndTheKeyStaysOneOfEveryProject() {
        start(context -> null);
        settings.put("earshot.bootstrap.project", "second");

        List<String> grants = start(context -> context.getBean(ApiKeys.class).list().get(0).projectIds());
        boolean allowed = start(context -> {
            ProjectAccess access = context.getBean(ProjectAccess.class);
            ApiCaller caller = context.getBean(ApiKeyAuthenticator.class).authenticateKey(readKey(keyFile())).orElseThrow();
            return access.allows(caller, access.find("second").orElseThrow())
                    && access.allows(caller, context.getBean(Projects.class).create("third"));
        });

        assertThat(grants).isEmpty();
        assertThat(allowed).isTrue();
    }

    @Test
    void aBootstrapKeyWithAProjectListFromAnEarlierVersionKeepsItAndGetsANewBootstrapProject() {
        start(context -> {
            ApiKeys keys = context.getBean(ApiKeys.class);
            keys.grant(keys.list().get(0).id(), context.getBean(Projects.class).findByName("default").orElseThrow().id());
            return null;
        });
        settings.put("earshot.bootstrap.project", "second");

        List<String> names = start(context -> context.getBean(ApiKeys.class).list().get(0).projectIds().stream()
                .map(id -> context.getBean(Projects.class).findById(id).orElseThrow().name()).sorted().toList());

        assertThat(names).containsExactly("default", "second");
    }

    @Test
    void explicitKeyIsUsedAndNeitherWrittenNorReplaced() {
        settings.put("earshot.bootstrap.api-key", "operator-chosen-key-0123");

        boolean admin = start(context -> context.getBean(ApiKeyAuthenticator.class)
                .authenticateKey("operator-chosen-key-0123").orElseThrow().isAdmin());
        List<KeyRow> keysAfterSecondStart = start(context -> context.getBean(ApiKeys.class).list());

        assertThat(admin).isTrue();
        assertThat(keyFile()).doesNotExist();
        assertThat(keysAfterSecondStart).hasSize(1);
    }

    @Test
    void explicitKeyInTheGeneratedFormatKeepsItsPrefix() {
        String key = "esk_abcd1234_" + "A".repeat(43);
        settings.put("earshot.bootstrap.api-key", key);

        ApiCaller caller = start(context -> context.getBean(ApiKeyAuthenticator.class).authenticateKey(key).orElseThrow());

        assertThat(caller.keyPrefix()).isEqualTo("abcd1234");
    }

    @Test
    void unusableExplicitKeyStopsTheStart() {
        settings.put("earshot.bootstrap.api-key", "short");

        assertThatThrownBy(() -> start(context -> null)).hasStackTraceContaining("16 to 256");
    }

    private Path keyFile() {
        return home.resolve("bootstrap-api-key");
    }

    private <T> T start(Function<ConfigurableApplicationContext, T> use) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EarshotApplication.class)
                .web(WebApplicationType.NONE)
                .run(TestDatabase.asArguments(settings))) {
            return use.apply(context);
        }
    }

    private static String readKey(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
