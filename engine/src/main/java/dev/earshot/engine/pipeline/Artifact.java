package dev.earshot.engine.pipeline;

import java.nio.file.Path;

/**
 * A non-audio file a step produced, such as a transcript in SRT form.
 *
 * @param name        short key the doors print it under, e.g. {@code srt}
 * @param file        where the step wrote it, inside the run's work folder
 * @param contentType its MIME type, e.g. {@code application/x-subrip}
 */
public record Artifact(String name, Path file, String contentType) {
}
