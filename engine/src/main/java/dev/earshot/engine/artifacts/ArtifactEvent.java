package dev.earshot.engine.artifacts;

/**
 * One span of audio flagged as an artifact of one type.
 *
 * @param type       the artifact type, as a dataset or a built-in detector names it
 * @param startMs    start, milliseconds from the beginning of the file, 0 or more
 * @param endMs      end, milliseconds, greater than {@code startMs}
 * @param confidence how sure the detector is, 0 to 1
 */
public record ArtifactEvent(String type, long startMs, long endMs, double confidence) {

    public ArtifactEvent {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("an artifact event needs a type");
        }
        if (startMs < 0 || endMs <= startMs) {
            throw new IllegalArgumentException("artifact event " + type + " has span " + startMs + ".." + endMs
                    + " ms; it needs 0 <= start < end");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("artifact event " + type + " has confidence " + confidence
                    + "; it needs 0 to 1");
        }
    }

    /** Length in milliseconds. */
    public long durationMs() {
        return endMs - startMs;
    }
}
