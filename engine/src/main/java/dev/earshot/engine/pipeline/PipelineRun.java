package dev.earshot.engine.pipeline;

import dev.earshot.engine.audio.PcmFile;
import java.util.List;

/**
 * The outcome of a whole run.
 *
 * @param steps      every step's result, in order
 * @param finalAudio the working audio after the last step (the first input if no step produced audio)
 */
public record PipelineRun(List<StepResult> steps, PcmFile finalAudio) {
}
