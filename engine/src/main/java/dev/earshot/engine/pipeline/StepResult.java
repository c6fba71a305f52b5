package dev.earshot.engine.pipeline;

import dev.earshot.engine.audio.PcmFile;

/**
 * A finished step as recorded by the runner.
 *
 * @param index       0-based position in the plan
 * @param componentId the component that ran
 * @param output      what it produced
 * @param input       the working audio it was given
 * @param millis      wall-clock time the step took, in milliseconds
 */
public record StepResult(int index, String componentId, StepOutput output, PcmFile input, long millis) {

    /** True when the step's audio output is its input unchanged. */
    public boolean passedThrough() {
        return output.audio() != null && output.audio().path().equals(input.path());
    }
}
