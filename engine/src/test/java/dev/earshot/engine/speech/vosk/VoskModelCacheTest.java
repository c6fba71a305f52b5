package dev.earshot.engine.speech.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.speech.SpeechModelException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoskModelCacheTest {

    @TempDir
    Path cache;

    static Path aar() {
        String path = System.getProperty(VoskModelSource.ARCHIVE_PROPERTY);
        assertThat(path).as("surefire passes the model aar path").isNotBlank();
        return Path.of(path);
    }

    @Test
    void extractsOnceAndReusesTheVerifiedCopy() throws Exception {
        Path first = VoskModelCache.ensure(VoskModelSource.archive(aar()), cache);
        assertThat(first).isEqualTo(cache.resolve(VoskModelSource.MODEL_NAME));
        assertThat(first.resolve("am/final.mdl")).isRegularFile();
        assertThat(first.resolve(ModelManifest.FILE_NAME)).isRegularFile();
        long written = Files.getLastModifiedTime(first.resolve("am/final.mdl")).toMillis();
        VoskModelSource failing = failingSource();
        assertThat(VoskModelCache.ensure(failing, cache)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first.resolve("am/final.mdl")).toMillis()).isEqualTo(written);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void concurrentExtractionsEndWithOneCompleteCopy() throws Exception {
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return VoskModelCache.ensure(VoskModelSource.archive(aar()), cache);
                }));
            }
            for (Future<Path> result : results) {
                assertThat(result.get()).isEqualTo(cache.resolve(VoskModelSource.MODEL_NAME));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ModelManifest.verify(cache.resolve(VoskModelSource.MODEL_NAME))).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void twoProcessesExtractingAtOnceShareOneCopy() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ModelExtractionProcess.class.getName(), aar().toString(), cache.toString())
                    .redirectErrorStream(true).start());
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes()).trim();
            assertThat(process.waitFor()).as(output).isZero();
            assertThat(output).endsWith(VoskModelSource.MODEL_NAME);
        }
        assertThat(ModelManifest.verify(cache.resolve(VoskModelSource.MODEL_NAME))).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCorruptedCopyIsExtractedAgain() throws Exception {
        Path model = VoskModelCache.ensure(VoskModelSource.archive(aar()), cache);
        Path file = model.resolve("conf/model.conf");
        byte[] original = Files.readAllBytes(file);
        byte[] corrupt = original.clone();
        corrupt[0] ^= 1;
        Files.write(file, corrupt);
        assertThat(ModelManifest.verify(model)).isFalse();
        VoskModelCache.ensure(VoskModelSource.archive(aar()), cache);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aHalfExtractedFolderWithoutManifestIsReplaced() throws Exception {
        Path target = Files.createDirectories(cache.resolve(VoskModelSource.MODEL_NAME).resolve("am"));
        Files.writeString(target.resolve("final.mdl"), "partial");
        Path model = VoskModelCache.ensure(VoskModelSource.archive(aar()), cache);
        assertThat(Files.size(model.resolve("am/final.mdl"))).isGreaterThan(1_000_000);
    }

    @Test
    void findsTheModelInsideAJarOnTheClasspath() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {aar().toUri().toURL()}, null)) {
            String saved = System.clearProperty(VoskModelSource.ARCHIVE_PROPERTY);
            try {
                VoskModelSource source = VoskModelSource.locate(loader);
                assertThat(source.description()).startsWith("jar:file:");
                assertThat(ModelManifest.verify(VoskModelCache.ensure(source, cache))).isTrue();
            } finally {
                System.setProperty(VoskModelSource.ARCHIVE_PROPERTY, saved);
            }
        }
    }

    @Test
    void aMissingModelIsReportedClearly() {
        String saved = System.clearProperty(VoskModelSource.ARCHIVE_PROPERTY);
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> VoskModelSource.locate(empty))
                    .isInstanceOf(SpeechModelException.class).hasMessageContaining("vosk-model-en");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } finally {
            System.setProperty(VoskModelSource.ARCHIVE_PROPERTY, saved);
        }
    }

    private VoskModelSource failingSource() {
        return new VoskModelSource() {
            @Override
            public String description() {
                return "a source that must not be read";
            }

            @Override
            public void visit(FileVisitor visitor) {
                throw new AssertionError("the verified copy should have been reused");
            }
        };
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> list = Files.list(cache)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
