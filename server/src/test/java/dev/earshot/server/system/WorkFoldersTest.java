package dev.earshot.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scratch folders of a process that was killed are removed when the next process starts on the same home; those of
 * a process that is still running (in another JVM, or another Spring context of this one) are kept.
 */
class WorkFoldersTest {

    @TempDir
    Path temp;

    @Test
    void aStartRemovesTheScratchFilesOfAProcessThatWasKilled() throws Exception {
        EarshotHome home = home();
        Path dead = Files.createDirectories(home.root().resolve("work/process-dead/job-x-1-y"));
        Files.write(dead.resolve("speech.pcm"), new byte[1000]);
        Files.createFile(home.root().resolve("work/process-dead.lock"));

        WorkFolders folders = new WorkFolders(home);

        assertThat(home.root().resolve("work/process-dead")).doesNotExist();
        assertThat(home.root().resolve("work/process-dead.lock")).doesNotExist();
        assertThat(folders.create("job-")).isDirectory();
        folders.destroy();
    }

    @Test
    void aStartKeepsTheScratchFilesOfAProcessStillRunningAndRemovesThemOnceItIsKilled() throws Exception {
        EarshotHome home = home();
        Path alive = Files.createDirectories(home.root().resolve("work/process-alive/upload-1"));
        Files.write(alive.resolve("input.wav"), new byte[1000]);
        Process holder = holdLock(home.root().resolve("work/process-alive.lock"));
        try {
            new WorkFolders(home).destroy();
            assertThat(alive.resolve("input.wav")).exists();
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        new WorkFolders(home).destroy();

        assertThat(home.root().resolve("work/process-alive")).doesNotExist();
    }

    @Test
    void twoInstancesInOneJvmKeepEachOthersFoldersAndEachRemovesOnlyItsOwnWhenClosed() throws Exception {
        EarshotHome home = home();
        WorkFolders first = new WorkFolders(home);
        Path firstScratch = first.create("job-");

        WorkFolders second = new WorkFolders(home);
        Path secondScratch = second.create("job-");
        second.destroy();

        assertThat(firstScratch).isDirectory();
        assertThat(secondScratch).doesNotExist();
        first.destroy();
        try (var left = Files.list(home.root().resolve("work"))) {
            assertThat(left).isEmpty();
        }
    }

    private EarshotHome home() {
        return new EarshotHome(new EarshotProperties(temp.resolve("home"), null, null, null));
    }

    /** Another JVM that locks {@code lockFile} as a running server does, and keeps it until killed. */
    private Process holdLock(Path lockFile) throws Exception {
        Path source = Files.writeString(temp.resolve("Holder.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                        channel.lock();
                        System.out.println("locked");
                        Thread.sleep(600_000);
                    }
                }
                """);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                source.toString(), lockFile.toString()).redirectErrorStream(true).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream())).readLine();
        assertThat(line).isEqualTo("locked");
        return process;
    }
}
