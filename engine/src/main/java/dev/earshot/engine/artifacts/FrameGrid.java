package dev.earshot.engine.artifacts;

/**
 * The frames a file is cut into for detection: frame {@code i} covers {@code [i * strideMs, i * strideMs + chunkMs)}
 * milliseconds, the last one ending at or past the end of the file.
 *
 * @param chunkMs  frame length in milliseconds, 10 to 10 000
 * @param strideMs distance between frame starts in milliseconds, 1 to {@code chunkMs}
 */
public record FrameGrid(int chunkMs, int strideMs) {

    /** Relay's defaults: frames of 500 ms every 250 ms. */
    public static final FrameGrid DEFAULT = new FrameGrid(500, 250);

    public FrameGrid {
        if (chunkMs < 10 || chunkMs > 10_000) {
            throw new IllegalArgumentException("chunk_size_ms is " + chunkMs + "; it must be 10 to 10000");
        }
        if (strideMs < 1 || strideMs > chunkMs) {
            throw new IllegalArgumentException("stride_ms is " + strideMs + "; it must be 1 to chunk_size_ms ("
                    + chunkMs + ")");
        }
    }

    /** Frames covering a file of {@code durationMs} milliseconds; 0 for an empty file, else at least 1. */
    public int frames(long durationMs) {
        if (durationMs <= 0) {
            return 0;
        }
        if (durationMs <= chunkMs) {
            return 1;
        }
        return (int) (1 + (durationMs - chunkMs + strideMs - 1) / strideMs);
    }

    /** Start of frame {@code index} in milliseconds. */
    public long startMs(int index) {
        return (long) index * strideMs;
    }

    /** End of frame {@code index} in milliseconds (may lie past the end of the file for the last frame). */
    public long endMs(int index) {
        return startMs(index) + chunkMs;
    }
}
