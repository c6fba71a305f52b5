package dev.earshot.engine.speech.vosk;

import dev.earshot.engine.speech.SpeechModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Extracts the Vosk model once into {@code <cache>/}{@value VoskModelSource#MODEL_NAME} and checks it on
 * every start. Extraction goes to a private temporary folder next to the target, ends with a
 * {@link ModelManifest} (size and CRC32C of every file) and is published by one atomic rename, so a reader
 * never sees a half-written model and two threads or processes extracting at once both end up with one
 * complete copy (the loser of the rename drops its own). A target that fails its manifest check is moved
 * aside, deleted and extracted again.
 */
public final class VoskModelCache {

    static final String FEATURE_CONFIG = "conf/mfcc.conf";
    static final String NO_DITHER = "--dither=0";
    private static final int ATTEMPTS = 3;

    private VoskModelCache() {
    }

    /**
     * Returns the folder of a complete, verified model under {@code cacheRoot}, extracting it from
     * {@code source} first if needed.
     *
     * @throws SpeechModelException when the model cannot be extracted or verified
     */
    public static Path ensure(VoskModelSource source, Path cacheRoot) {
        Path target = cacheRoot.resolve(VoskModelSource.MODEL_NAME);
        try {
            Files.createDirectories(cacheRoot);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (ModelManifest.verify(target)) {
                    return target;
                }
                if (Files.exists(target)) {
                    discard(target);
                }
                publish(extract(source, cacheRoot), target);
            }
        } catch (IOException e) {
            throw new SpeechModelException("cannot extract the Vosk model from " + source.description()
                    + " to " + target, e);
        }
        throw new SpeechModelException("the Vosk model at " + target + " failed its integrity check "
                + ATTEMPTS + " times after extraction from " + source.description());
    }

    private static Path extract(VoskModelSource source, Path cacheRoot) throws IOException {
        Path temp = cacheRoot.resolve("." + VoskModelSource.MODEL_NAME + ".tmp-" + UUID.randomUUID());
        Files.createDirectory(temp);
        try {
            List<ModelManifest.Entry> entries = new ArrayList<>();
            source.visit((relativePath, content) -> entries.add(copy(temp, relativePath, content)));
            if (entries.isEmpty()) {
                throw new IOException("no model files under " + VoskModelSource.ARCHIVE_ROOT + " in " + source.description());
            }
            ModelManifest.write(temp, entries);
            return temp;
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    private static ModelManifest.Entry copy(Path root, String relativePath, InputStream content) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root) || relativePath.equals(ModelManifest.FILE_NAME)) {
            throw new IOException("refusing model entry " + relativePath);
        }
        Files.createDirectories(file.getParent());
        CRC32C crc = new CRC32C();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = content.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                crc.update(buffer, 0, n);
                size += n;
            }
            if (relativePath.equals(FEATURE_CONFIG)) {
                byte[] line = ("\n" + NO_DITHER + "\n").getBytes(StandardCharsets.US_ASCII);
                out.write(line);
                crc.update(line);
                size += line.length;
            }
        }
        return new ModelManifest.Entry(relativePath, size, crc.getValue());
    }

    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            deleteTree(temp);
            throw new IOException("the model cache " + target.getParent() + " does not support atomic renames", e);
        } catch (IOException e) {
            deleteTree(temp);
            if (!Files.exists(target)) {
                throw e;
            }
        }
    }

    private static void discard(Path target) throws IOException {
        Path aside = target.resolveSibling("." + VoskModelSource.MODEL_NAME + ".broken-" + UUID.randomUUID());
        try {
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return;
        }
        deleteTree(aside);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
