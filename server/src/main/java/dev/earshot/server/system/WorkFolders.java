package dev.earshot.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Private scratch folders under {@code EARSHOT_HOME/work}, one per request or job attempt. */
@Component
public class WorkFolders {

    private final Path root;

    public WorkFolders(EarshotHome home) {
        this.root = home.folder("work");
    }

    /** Creates a new empty folder whose name starts with {@code prefix}. */
    public Path create(String prefix) {
        try {
            return Files.createDirectories(root.resolve(prefix + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder under " + root, e);
        }
    }

    /** Deletes a folder and everything in it; does nothing if it is already gone. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
