package dev.earshot.engine.component.noise;

/**
 * A stretch of audio in frames.
 *
 * @param start  first frame, 0 or more
 * @param length number of frames, 0 or more
 */
record FrameSpan(long start, long length) {
}
