package dev.earshot.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link BlobStore} does; one subclass per implementation. */
abstract class BlobStoreContract {
    @TempDir
    Path scratch;

    abstract BlobStore store();

    @Test
    void storesReadsAndDeletes() throws IOException {
        Path source = Files.writeString(scratch.resolve("in.wav"), "RIFF....WAVE");

        store().put("jobs/42/in.wav", source, "audio/wav");

        assertThat(store().exists("jobs/42/in.wav")).isTrue();
        assertThat(store().size("jobs/42/in.wav")).isEqualTo(12);
        assertThat(store().contentType("jobs/42/in.wav")).isEqualTo("audio/wav");
        assertThat(read("jobs/42/in.wav")).isEqualTo("RIFF....WAVE");

        store().delete("jobs/42/in.wav");

        assertThat(store().exists("jobs/42/in.wav")).isFalse();
        store().delete("jobs/42/in.wav");
    }

    @Test
    void deletesEveryBlobUnderAPrefixAndNothingElse() {
        put("jobs/j1/input/a.wav", "a", "audio/wav");
        put("jobs/j1/attempt-1/b.json", "b", "application/json");
        put("jobs/j10/input/c.wav", "c", "audio/wav");

        store().deleteAll("jobs/j1/");

        assertThat(store().exists("jobs/j1/input/a.wav")).isFalse();
        assertThat(store().exists("jobs/j1/attempt-1/b.json")).isFalse();
        assertThat(read("jobs/j10/input/c.wav")).isEqualTo("c");
        store().deleteAll("jobs/none/");
        assertThatThrownBy(() -> store().deleteAll("jobs/../")).isInstanceOf(InvalidBlobKeyException.class);
        assertThatThrownBy(() -> store().deleteAll("jobs")).isInstanceOf(InvalidBlobKeyException.class);
    }

    @Test
    void replacesAnExistingBlob() {
        put("a/b.txt", "first", "text/plain");
        put("a/b.txt", "second", null);

        assertThat(read("a/b.txt")).isEqualTo("second");
        assertThat(store().contentType("a/b.txt")).isEqualTo("application/octet-stream");
    }

    @Test
    void missingBlobsAreReportedAsSuch() {
        assertThat(store().exists("nothing/here")).isFalse();
        assertThatThrownBy(() -> store().open("nothing/here")).isInstanceOf(NoSuchBlobException.class);
        assertThatThrownBy(() -> store().size("nothing/here")).isInstanceOf(NoSuchBlobException.class);
        assertThatThrownBy(() -> store().contentType("nothing/here")).isInstanceOf(NoSuchBlobException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/../../escape", "/etc/passwd", "a\\b", "..", ".", "a/./b", "a//b",
            "a/", "", "space here", "semi;colon", "tilde~type", "percent%2e%2e", "ü"})
    void hostileKeysAreRefusedEverywhere(String key) {
        assertThatThrownBy(() -> put(key, "x", "text/plain")).isInstanceOf(InvalidBlobKeyException.class);
        assertThatThrownBy(() -> store().open(key)).isInstanceOf(InvalidBlobKeyException.class);
        assertThatThrownBy(() -> store().exists(key)).isInstanceOf(InvalidBlobKeyException.class);
        assertThatThrownBy(() -> store().delete(key)).isInstanceOf(InvalidBlobKeyException.class);
    }

    @Test
    void aFailedWriteLeavesNothingAndKeepsThePreviousBlob() {
        put("kept.bin", "old content", "application/x-old");

        assertThatThrownBy(() -> store().put("kept.bin", failingAfter(64 * 1024), "application/x-new"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> store().put("fresh.bin", failingAfter(64 * 1024), "application/x-new"))
                .isInstanceOf(RuntimeException.class);

        assertThat(read("kept.bin")).isEqualTo("old content");
        assertThat(store().contentType("kept.bin")).isEqualTo("application/x-old");
        assertThat(store().exists("fresh.bin")).isFalse();
        assertNoLeftovers();
    }

    /** Implementations check that no temporary or partial object remains. */
    abstract void assertNoLeftovers();

    void put(String key, String content, String contentType) {
        store().put(key, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), contentType);
    }

    String read(String key) {
        try (InputStream in = store().open(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stream that delivers {@code bytes} bytes and then fails, like a dropped upload. */
    static InputStream failingAfter(int bytes) {
        return new InputStream() {
            private int delivered;

            @Override
            public int read() throws IOException {
                if (delivered++ >= bytes) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
    }
}
