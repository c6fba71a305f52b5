package dev.earshot.server.storage;

import dev.earshot.server.system.WorkFolders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Blobs as files under a root folder. A write goes to a temp file in the target's folder, is flushed to
 * disk and renamed into place atomically. The content type lives beside the blob in {@code <name>~type}.
 * Temp and type files contain '~', which no key may contain, so no key can ever address them.
 */
public class FileSystemBlobStore implements BlobStore {
    static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
    private static final String TYPE_SUFFIX = "~type";
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7e]{1,200}");
    private final Path root;

    public FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create blob folder " + this.root, e);
        }
    }

    @Override
    public void put(String key, Path source, String contentType) {
        try (InputStream content = Files.newInputStream(source)) {
            put(key, content, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    @Override
    public void put(String key, InputStream content, String contentType) {
        Path target = fileOf(key);
        Path data = null;
        Path type = null;
        try {
            Files.createDirectories(target.getParent());
            data = writeTemp(target, content);
            type = writeTemp(target, new ByteArrayInputStream(typeOrDefault(contentType)));
            Files.move(data, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            data = null;
            Files.move(type, typeFileOf(target), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            type = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store blob '" + key + "'", e);
        } finally {
            deleteQuietly(data);
            deleteQuietly(type);
        }
    }

    @Override
    public InputStream open(String key) {
        Path file = existing(key);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchBlobException(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open blob '" + key + "'", e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(fileOf(key));
    }

    @Override
    public long size(String key) {
        try {
            return Files.size(existing(key));
        } catch (NoSuchFileException e) {
            throw new NoSuchBlobException(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of blob '" + key + "'", e);
        }
    }

    @Override
    public String contentType(String key) {
        Path typeFile = typeFileOf(existing(key));
        try {
            return Files.readString(typeFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return DEFAULT_CONTENT_TYPE;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content type of blob '" + key + "'", e);
        }
    }

    @Override
    public void delete(String key) {
        Path file = fileOf(key);
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(typeFileOf(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete blob '" + key + "'", e);
        }
    }

    @Override
    public void deleteAll(String prefix) {
        if (prefix == null || !prefix.endsWith("/")) {
            throw new InvalidBlobKeyException(prefix);
        }
        Path folder = fileOf(prefix.substring(0, prefix.length() - 1));
        WorkFolders.delete(folder);
    }

    private Path fileOf(String key) {
        Path file = root.resolve(BlobKeys.requireValid(key)).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new InvalidBlobKeyException(key);
        }
        return file;
    }

    private Path existing(String key) {
        Path file = fileOf(key);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchBlobException(key);
        }
        return file;
    }

    private static Path typeFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + TYPE_SUFFIX);
    }

    private static Path writeTemp(Path target, InputStream content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "~", ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            content.transferTo(out);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        return temp;
    }

    /** The given type, or the default when missing or not a plain header value (no control characters). */
    private static byte[] typeOrDefault(String contentType) {
        boolean usable = contentType != null && PRINTABLE.matcher(contentType.strip()).matches();
        return (usable ? contentType.strip() : DEFAULT_CONTENT_TYPE).getBytes(StandardCharsets.US_ASCII);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temp file name contains '~' and can never be read as a blob
        }
    }
}
