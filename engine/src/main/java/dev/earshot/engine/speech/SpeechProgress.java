package dev.earshot.engine.speech;

/**
 * Receives how far a long speech operation is. It is called between blocks of work, so an implementation
 * may also throw to cancel the operation (e.g. a pipeline's cancellation check).
 */
@FunctionalInterface
public interface SpeechProgress {

    /** Ignores progress. */
    SpeechProgress NONE = fraction -> { };

    /** Called with the fraction done, from 0 to 1, non-decreasing. */
    void reached(double fraction);
}
