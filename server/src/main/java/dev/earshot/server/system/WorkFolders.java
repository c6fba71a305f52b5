package dev.earshot.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Private scratch folders under {@code EARSHOT_HOME/work}, one per request or job attempt, inside a folder of this
 * process ({@code work/process-<uuid>/}) that it holds a lock on ({@code work/process-<uuid>.lock}) while it runs.
 * A process that is killed cannot delete its scratch files, so each start removes the folders of processes that are
 * gone: their lock is free. Folders of live processes (another node or the CLI on the same home) are kept.
 */
@Component
public class WorkFolders implements DisposableBean {

    private static final String PREFIX = "process-";
    /** Lock files of this JVM (several Spring contexts may share a home): never probed, see {@link ProcessLock}. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path root;
    private final ProcessLock lock;

    public WorkFolders(EarshotHome home) {
        Path work = home.folder("work");
        ProcessLock.removeAbandoned(work, PREFIX, HELD);
        this.lock = ProcessLock.own(work, PREFIX, HELD);
        this.root = createDirectories(lock.folder());
    }

    /** Creates a new empty folder whose name starts with {@code prefix}. */
    public Path create(String prefix) {
        return createDirectories(root.resolve(prefix + UUID.randomUUID()));
    }

    /** Deletes this process's scratch folder and gives up its lock. */
    @Override
    public void destroy() throws IOException {
        delete(root);
        lock.release(HELD);
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

    private static Path createDirectories(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder " + folder, e);
        }
    }
}
