package dev.earshot.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh temporary EARSHOT_HOME, deleted when the JVM exits, so no test writes into ./data. */
public final class TestHome {
    private TestHome() {
    }

    public static Path create() {
        try {
            Path home = Files.createTempDirectory("earshot-test-");
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
