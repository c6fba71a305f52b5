package dev.earshot.engine.artifacts.builtin;

/**
 * A built-in detector of one kind of artifact: it scores one frame at a time from the frame alone and the levels of the
 * whole file. Implementations are stateless and thread-safe.
 */
public interface ArtifactDetector {

    /** The artifact type this detector finds, e.g. {@code clipping}. */
    String type();

    /** Name of the quantity {@link Detection#measure()} holds, e.g. {@code clipped_ratio}. */
    String measure();

    /** What the detector finds in {@code frame}. */
    Detection detect(FrameAnalysis frame);
}
