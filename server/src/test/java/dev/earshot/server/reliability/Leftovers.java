package dev.earshot.server.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What requests and jobs leave on disk under an EARSHOT_HOME, to compare before and after. */
final class Leftovers {

    private Leftovers() {
    }

    /** Stored blobs and their type files (not the temp files of writes in flight). */
    static List<Path> blobs(Path home) {
        return files(home.resolve("blobs")).stream().filter(p -> !isBlobTemp(p)).toList();
    }

    /**
     * Files that only exist while a request or a job runs: anything in the work folders (but the lock files of live
     * processes), temp files of blob writes, and the multipart parts the servlet container spooled to
     * {@code uploadTemp} (null if not known).
     */
    static List<Path> scratch(Path home, Path uploadTemp) {
        List<Path> scratch = new ArrayList<>(files(home.resolve("work")).stream()
                .filter(p -> !p.getParent().equals(home.resolve("work")) || !p.toString().endsWith(".lock")).toList());
        files(home.resolve("blobs")).stream().filter(Leftovers::isBlobTemp).forEach(scratch::add);
        if (uploadTemp != null) {
            files(uploadTemp).stream().filter(p -> p.getFileName().toString().startsWith("upload_"))
                    .forEach(scratch::add);
        }
        return scratch;
    }

    /** Regular files under a folder, none if it does not exist. */
    static List<Path> files(Path folder) {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> paths = Files.exists(folder) ? Files.walk(folder) : Stream.empty()) {
                return paths.filter(Files::isRegularFile).toList();
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    throw new IllegalStateException("cannot list " + folder, e);
                }
            }
        }
    }

    private static boolean isBlobTemp(Path file) {
        String name = file.getFileName().toString();
        return name.contains("~") && !name.endsWith("~type");
    }
}
