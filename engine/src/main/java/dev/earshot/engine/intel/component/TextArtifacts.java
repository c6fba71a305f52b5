package dev.earshot.engine.intel.component;

import dev.earshot.engine.json.JsonLiteral;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.StepContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a step's text results as artifact files in the run's folder, UTF-8. */
final class TextArtifacts {

    private TextArtifacts() {
    }

    /** {@code text} in a new file {@code fileName}, published as {@code name} with {@code contentType}. */
    static Artifact write(StepContext context, String fileName, String name, String text, String contentType) {
        Path file = context.newFile(fileName);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return new Artifact(name, file, contentType);
    }

    /** {@code value} (maps, lists, strings, numbers) as a JSON file. */
    static Artifact json(StepContext context, String fileName, String name, Object value) {
        return write(context, fileName, name, JsonLiteral.value(value), "application/json");
    }
}
