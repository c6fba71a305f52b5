package dev.earshot.server.testing;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL (zonky, binaries from the linux-amd64 jar) per test JVM, started on first use;
 * every caller gets a fresh empty database on it.
 *
 * <p>initdb and postgres refuse to run as root. When the JVM runs as root, zonky 2.2.2 detects it and
 * starts initdb, pg_ctl and postgres through {@code unshare -U}: in a new user namespace without uid
 * mappings the process's uid reads as 65534 ("nobody"), so initdb accepts it, while the kernel still
 * checks file access against the real owner (root), so the data folder stays usable. As a normal user
 * nothing changes. {@link #requireUsableAsRoot()} turns a host that forbids user namespaces into one
 * clear error instead of an initdb failure deep in a log.
 */
public final class EmbeddedPostgresServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** Creates an empty database and returns its JDBC URL (user {@code postgres}, no password). */
    public static String newDatabase() {
        String name = "earshot_test_" + DATABASES.incrementAndGet();
        try (Connection connection = started().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return started().getJdbcUrl("postgres", name);
    }

    private static synchronized EmbeddedPostgres started() {
        if (server == null) {
            requireUsableAsRoot();
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
        return server;
    }

    static void requireUsableAsRoot() {
        if (new UnixSystem().getUid() != 0) {
            return;
        }
        try {
            Process probe = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
            String uid = new String(probe.getInputStream().readAllBytes()).strip();
            if (probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0 && !"0".equals(uid)) {
                return;
            }
            throw new IllegalStateException("unshare -U answered '" + uid + "'");
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("The PostgreSQL tests run as root, and initdb refuses root. They start "
                    + "PostgreSQL inside a user namespace ('unshare -U', util-linux), which this host does not allow ("
                    + e.getMessage() + "). Run the tests as a normal user, or enable user namespaces "
                    + "(sysctl kernel.unprivileged_userns_clone=1 / user.max_user_namespaces > 0).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
