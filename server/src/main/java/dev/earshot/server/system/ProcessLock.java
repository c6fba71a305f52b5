package dev.earshot.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;

/**
 * The lock a running process holds on its scratch folder: {@code <folder>.lock} beside {@code <folder>}, locked
 * (an OS file lock, released by the kernel when the process dies, even by SIGKILL) for as long as it runs.
 *
 * @param folder   the process's scratch folder
 * @param lockFile the locked file beside it
 */
record ProcessLock(Path folder, Path lockFile, FileChannel channel) {

    private static final String LOCK = ".lock";

    /**
     * Creates and locks a new lock file under {@code work}. A process removing abandoned folders at that moment may
     * lock the new file first and delete it; then another name is tried. Once the lock is held and the file still
     * exists, no other process can take it. {@code held} collects the lock files of this JVM.
     */
    static ProcessLock own(Path work, String prefix, Set<Path> held) {
        for (int attempt = 1; ; attempt++) {
            Path folder = work.resolve(prefix + UUID.randomUUID()).toAbsolutePath();
            Path lockFile = folder.resolveSibling(folder.getFileName() + LOCK);
            FileChannel channel = null;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                if (channel.tryLock() != null && Files.exists(lockFile)) {
                    held.add(lockFile);
                    return new ProcessLock(folder, lockFile, channel);
                }
                channel.close();
            } catch (FileAlreadyExistsException e) {
                // try another name
            } catch (IOException e) {
                closeQuietly(channel);
                if (attempt >= 5) {
                    throw new UncheckedIOException("cannot create a work folder lock under " + work, e);
                }
            }
        }
    }

    /**
     * Removes the folders under {@code work} of processes that died without removing them: those whose lock file is
     * not locked. Lock files in {@code held} belong to this JVM and are not probed (closing any channel on a file
     * releases this process's lock on it).
     */
    static void removeAbandoned(Path work, String prefix, Set<Path> held) {
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(work, prefix + "*" + LOCK)) {
            for (Path lockFile : locks) {
                if (!held.contains(lockFile.toAbsolutePath())) {
                    removeIfAbandoned(lockFile);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + work, e);
        }
    }

    /** Deletes the lock file and gives up the lock; the folder must be gone already. */
    void release(Set<Path> held) throws IOException {
        Files.deleteIfExists(lockFile);
        held.remove(lockFile);
        channel.close();
    }

    private static void removeIfAbandoned(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock free = channel.tryLock()) {
            if (free != null) {
                String name = lockFile.getFileName().toString();
                WorkFolders.delete(lockFile.resolveSibling(name.substring(0, name.length() - LOCK.length())));
                Files.deleteIfExists(lockFile);
            }
        } catch (OverlappingFileLockException | IOException e) {
            // held elsewhere in this JVM, removed meanwhile by another process, or not ours to touch
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked
            }
        }
    }
}
