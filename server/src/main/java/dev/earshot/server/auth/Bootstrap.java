package dev.earshot.server.auth;

import dev.earshot.server.system.EarshotHome;
import dev.earshot.server.system.EarshotProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start (no users): creates the admin user, the bootstrap project and an admin key of every project (no
 * project list), whose work sent without a project name is filed under the bootstrap project. So the seed examples
 * run as printed with it, whatever project they name. A generated key is logged once and written to
 * {@code <home>/bootstrap-api-key} (0600); a key set through EARSHOT_BOOTSTRAP_API_KEY is neither logged nor
 * written. Later starts only create the bootstrap project if it is new, and grant it to a bootstrap key that has a
 * project list (one made before the key was of every project).
 */
@Component
class Bootstrap implements ApplicationRunner {
    static final String KEY_NAME = "bootstrap";
    static final String KEY_FILE = "bootstrap-api-key";
    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    private final EarshotProperties.Bootstrap settings;
    private final EarshotHome home;
    private final Users users;
    private final Projects projects;
    private final ApiKeys apiKeys;
    private final TransactionTemplate transaction;

    Bootstrap(EarshotProperties properties, EarshotHome home, Users users, Projects projects, ApiKeys apiKeys,
              TransactionTemplate transaction) {
        this.settings = properties.bootstrap();
        this.home = home;
        this.users = users;
        this.projects = projects;
        this.apiKeys = apiKeys;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        explicitKey().ifPresent(KeyFormat::requireUsable);
        try {
            Optional<CreatedKey> created = transaction.execute(status -> users.isEmpty()
                    ? Optional.of(firstStart())
                    : laterStart());
            created.filter(key -> explicitKey().isEmpty()).ifPresent(this::announce);
        } catch (AlreadyExistsException e) {
            LOG.info("Another Earshot node bootstrapped this database at the same time; nothing to do");
        }
    }

    private CreatedKey firstStart() {
        User admin = users.create(settings.adminEmail(), "Administrator", true);
        projectNamed(settings.project());
        Set<String> scopes = Set.of(Scopes.ADMIN);
        List<String> projectIds = List.of();
        return explicitKey()
                .map(key -> apiKeys.createWithPlainKey(key, KEY_NAME, admin.id(), scopes, projectIds))
                .orElseGet(() -> apiKeys.create(KEY_NAME, admin.id(), scopes, projectIds));
    }

    private Optional<CreatedKey> laterStart() {
        if (projects.findByName(settings.project()).isEmpty()) {
            Project project = projects.create(settings.project());
            bootstrapKey().filter(key -> !key.projectIds().isEmpty())
                    .ifPresent(key -> apiKeys.grant(key.id(), project.id()));
            LOG.info("Created bootstrap project '{}'", project.name());
        }
        explicitKey().flatMap(KeyFormat::prefixOf)
                .filter(prefix -> apiKeys.find(prefix).isEmpty())
                .ifPresent(prefix -> LOG.warn("EARSHOT_BOOTSTRAP_API_KEY is ignored: this database was bootstrapped "
                        + "before; create keys with 'java -jar earshot.jar keys create'"));
        return Optional.empty();
    }

    private Project projectNamed(String name) {
        return projects.findByName(name).orElseGet(() -> projects.create(name));
    }

    private Optional<KeyRow> bootstrapKey() {
        return apiKeys.list().stream()
                .filter(key -> KEY_NAME.equals(key.name()) && !key.revoked())
                .findFirst();
    }

    private void announce(CreatedKey key) {
        LOG.warn("""

                =====================================================================
                Earshot created admin user {}, project '{}' and an admin API key.
                {}
                The key is shown only this once:

                    {}

                It was also written to {} (mode 0600).
                =====================================================================""",
                settings.adminEmail(), settings.project(),
                String.join("\n", KeyReach.describe(key.scopes(), List.of(), settings.project())),
                key.plainKey(), keyFile());
        home.writePrivateFile(KEY_FILE, key.plainKey() + "\n");
    }

    private Path keyFile() {
        return home.root().resolve(KEY_FILE);
    }

    private Optional<String> explicitKey() {
        return Optional.ofNullable(settings.apiKey()).filter(key -> !key.isBlank()).map(String::strip);
    }
}
