package dev.earshot.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FileSystemBlobStoreTest extends BlobStoreContract {
    private Path root;
    private FileSystemBlobStore store;

    @BeforeEach
    void createStore() throws IOException {
        Path parent = Files.createDirectories(scratch.resolve("home"));
        Files.writeString(parent.resolve("secret"), "outside the store");
        root = parent.resolve("blobs");
        store = new FileSystemBlobStore(root);
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Override
    void assertNoLeftovers() {
        assertThat(filesUnderRoot()).allSatisfy(file -> assertThat(file).doesNotContain(".tmp"));
    }

    @Test
    void keepsBlobsUnderItsRoot() {
        put("x/y/z.txt", "inside", "text/plain");

        assertThat(root.resolve("x/y/z.txt")).hasContent("inside");
        assertThat(filesUnderRoot()).containsExactlyInAnyOrder("x/y/z.txt", "x/y/z.txt~type");
    }

    @Test
    void typeAndTempFilesCannotBeAddressed() {
        put("a.txt", "content", "text/plain");

        assertThat(BlobKeys.isValid("a.txt~type")).isFalse();
        assertThat(store.exists("a.txt")).isTrue();
    }

    private List<String> filesUnderRoot() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
