package dev.earshot.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which mapped files count as forbidden system libraries, on a maps file written by hand. */
class SystemLibrariesTest {

    private static final Path JAVA_HOME = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");

    @TempDir
    Path dir;

    @Test
    void systemLibrariesOffTheListAreForbiddenWhereverTheyLie() throws Exception {
        Path maps = maps(
                "/usr/lib/x86_64-linux-gnu/libpulse.so.0.24.2",
                "/lib/x86_64-linux-gnu/libsndfile.so.1.0.35",
                "/usr/lib/x86_64-linux-gnu/pulseaudio/libpulsecommon-16.1.so",
                "/usr/local/lib/libfoo.so",
                "/usr/lib/x86_64-linux-gnu/plugin-without-suffix",
                "/lib64/libbar.so.3 (deleted)",
                "/usr/lib/jvm/other-jdk/lib/libjava.so");

        assertThat(SystemLibraries.forbidden(maps, JAVA_HOME)).containsExactly(
                "/lib/x86_64-linux-gnu/libsndfile.so.1.0.35",
                "/lib64/libbar.so.3",
                "/usr/lib/jvm/other-jdk/lib/libjava.so",
                "/usr/lib/x86_64-linux-gnu/libpulse.so.0.24.2",
                "/usr/lib/x86_64-linux-gnu/plugin-without-suffix",
                "/usr/lib/x86_64-linux-gnu/pulseaudio/libpulsecommon-16.1.so",
                "/usr/local/lib/libfoo.so");
    }

    @Test
    void theAllowListTheJdkAndBundledNativesArePermitted() throws Exception {
        Path maps = maps(
                "/usr/lib/x86_64-linux-gnu/libc.so.6",
                "/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30",
                "/usr/lib/x86_64-linux-gnu/libz.so.1.2.13",
                "/usr/lib/jvm/java-17-openjdk-amd64/lib/server/libjvm.so",
                "/root/.javacpp/cache/ffmpeg-linux-x86_64.jar/org/bytedeco/ffmpeg/linux-x86_64/libavcodec.so.62",
                "/tmp/onnxruntime-java1234/libonnxruntime.so (deleted)",
                "/root/.cache/JNA/temp/jna123.tmp (deleted)");
        Files.writeString(maps, data("/usr/lib/locale/locale-archive")
                + data("/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache"), StandardOpenOption.APPEND);

        assertThat(SystemLibraries.forbidden(maps, JAVA_HOME)).isEmpty();
        assertThat(SystemLibraries.sharedObjects(maps)).hasSize(7)
                .contains("/tmp/onnxruntime-java1234/libonnxruntime.so", "/root/.cache/JNA/temp/jna123.tmp");
    }

    @Test
    void aNameMatchesItsSonameOrALongerVersionOfItOnly() {
        assertThat(SystemLibraries.allowed("libz.so.1")).isTrue();
        assertThat(SystemLibraries.allowed("libz.so.1.2.13")).isTrue();
        assertThat(SystemLibraries.allowed("libz.so.10")).isFalse();
        assertThat(SystemLibraries.allowed("libzstd.so.1")).isFalse();
        assertThat(SystemLibraries.allowed("libc.so.6x")).isFalse();
    }

    /**
     * A maps file in the kernel's layout: an anonymous and a special mapping, then each of {@code files} as a
     * library (a read-only mapping and an executable one).
     */
    private Path maps(String... files) throws Exception {
        StringBuilder text = new StringBuilder("7f0000000000-7f0000001000 rw-p 00000000 00:00 0 \n")
                .append("7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0                          [stack]\n");
        for (String file : files) {
            text.append(mapping("r--p", file)).append(mapping("r-xp", file));
        }
        return Files.writeString(dir.resolve("maps"), text);
    }

    /** A data file: one read-only mapping. */
    private static String data(String file) {
        return mapping("r--p", file);
    }

    private static String mapping(String permissions, String file) {
        return String.format("7f1000000000-7f1000001000 %s 00000000 08:01 1234                       %s%n",
                permissions, file);
    }
}
