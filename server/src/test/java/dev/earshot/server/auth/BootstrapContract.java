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
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** First start and later starts on one home and database; one subclass per database. */
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
    void bootstrapKeyIsAnAdminOfTheBootstrapProject() {
        settings.put("earshot.bootstrap.project", "studio");
        settings.put("earshot.bootstrap.admin-email", "Root@Example.org");

        boolean[] allowed = start(context -> {
            ApiCaller caller = context.getBean(ApiKeyAuthenticator.class).authenticateKey(readKey(keyFile())).orElseThrow();
            ProjectAccess access = context.getBean(ProjectAccess.class);
            Project other = context.getBean(Projects.class).create("other");
            assertThat(caller.isAdmin()).isTrue();
            assertThat(caller.userEmail()).isEqualTo("root@example.org");
            return new boolean[] {access.allows(caller, access.find("studio").orElseThrow()), access.allows(caller, other)};
        });

        assertThat(allowed).containsExactly(true, false);
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
    void newBootstrapProjectOnALaterStartIsCreatedAndGranted() {
        start(context -> null);
        settings.put("earshot.bootstrap.project", "second");

        boolean allowed = start(context -> {
            ProjectAccess access = context.getBean(ProjectAccess.class);
            ApiCaller caller = context.getBean(ApiKeyAuthenticator.class).authenticateKey(readKey(keyFile())).orElseThrow();
            return access.allows(caller, access.find("second").orElseThrow())
                    && access.allows(caller, access.find("default").orElseThrow());
        });

        assertThat(allowed).isTrue();
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
