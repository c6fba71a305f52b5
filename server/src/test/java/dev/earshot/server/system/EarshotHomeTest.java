package dev.earshot.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class EarshotHomeTest {
    @TempDir
    Path temp;

    @Test
    void privateFilesAreOwnerOnlyAndReplacedWhole() throws IOException {
        EarshotHome home = new EarshotHome(properties(temp.resolve("home")));

        Path file = home.writePrivateFile("secret", "one\n");
        home.writePrivateFile("secret", "two\n");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(home.readPrivateFile("secret")).contains("two");
        assertThat(home.readPrivateFile("absent")).isEmpty();
        try (Stream<Path> files = Files.list(home.root())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void createsTheHomeAndItsFolders() {
        EarshotHome home = new EarshotHome(properties(temp.resolve("a/b")));

        assertThat(home.folder("blobs")).isDirectory().isEqualTo(temp.resolve("a/b/blobs"));
    }

    @Test
    void relativeHomeBecomesAbsolute() {
        MockEnvironment environment = new MockEnvironment().withProperty("earshot.home", "data/../data");

        new AbsoluteHome().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("earshot.home"))
                .isEqualTo(Path.of("data").toAbsolutePath().toString());
    }

    private static EarshotProperties properties(Path home) {
        return new EarshotProperties(home, null, null, null);
    }
}
