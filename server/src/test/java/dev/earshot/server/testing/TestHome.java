package dev.earshot.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh temporary EARSHOT_HOME, so no test writes into ./data. Homes live under the system property
 * {@code earshot.test-homes} (the build folder when run by Maven, so 'mvn clean' removes any leftover) or
 * else the system temp folder, and are deleted on a best-effort basis when the JVM exits.
 */
public final class TestHome {
    private TestHome() {
    }

    public static Path create() {
        try {
            Path parent = Files.createDirectories(
                    Path.of(System.getProperty("earshot.test-homes", System.getProperty("java.io.tmpdir"))));
            Path home = Files.createTempDirectory(parent, "earshot-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(home)));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort at JVM exit
        }
    }
}
