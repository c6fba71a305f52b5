package dev.earshot.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The data folder ({@code earshot.home}): created at start; holds owner-only secret files. */
@Component
public class EarshotHome {
    private final Path root;

    public EarshotHome(EarshotProperties properties) {
        this.root = properties.home().toAbsolutePath().normalize();
        createDirectories(root);
    }

    public Path root() {
        return root;
    }

    /** A folder under the home, created if missing. */
    public Path folder(String name) {
        Path folder = root.resolve(name);
        createDirectories(folder);
        return folder;
    }

    public Optional<String> readPrivateFile(String name) {
        Path file = root.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Writes a file readable only by its owner (POSIX mode 0600 where supported). The file is born with
     * those permissions in the same folder and moved into place atomically, so it is never readable by
     * others nor seen half-written.
     */
    public Path writePrivateFile(String name, String content) {
        Path target = root.resolve(name);
        Path temp = null;
        try {
            temp = Files.createTempFile(root, "." + name + "~", ".tmp", ownerOnly());
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the temp file name can never collide with a real file
        }
    }
}
