package dev.earshot.engine.dsp;

import dev.earshot.engine.pipeline.StepContext;

/**
 * Told after each block of a streaming loop; the place for a caller to check cancellation and report
 * progress. May throw to stop the loop.
 */
@FunctionalInterface
public interface BlockListener {

    /** A listener that does nothing. */
    BlockListener NONE = fraction -> { };

    /** A listener that stops the loop when {@code context}'s run is cancelled and reports its progress. */
    static BlockListener of(StepContext context) {
        return fraction -> {
            context.checkpoint();
            context.progress(fraction);
        };
    }

    /** @param fraction share of the loop's work done so far, 0 to 1 */
    void blockDone(double fraction);

    /** This listener seen as the part [{@code from}, {@code to}] of a larger loop (both 0 to 1). */
    default BlockListener span(double from, double to) {
        return fraction -> blockDone(from + (to - from) * fraction);
    }
}
