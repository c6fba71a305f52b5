package dev.earshot.engine.language.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Shell scripts that stand in for the {@code apertium} command where the real one cannot show a behaviour. */
final class FakeApertium {

    private FakeApertium() {
    }

    /** An {@code apertium} that lists {@code eng-spa} and then runs {@code body} for a translation. */
    static Apertium listingEngSpaThen(Path dir, String body) {
        Path script = dir.resolve("apertium");
        try {
            Files.writeString(script, "#!/bin/sh\nif [ \"$1\" = \"-l\" ]; then echo '  eng-spa'; exit 0; fi\n"
                    + body + "\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Apertium.at(script);
    }
}
