package dev.earshot.engine.pipeline;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.EarshotException;
import dev.earshot.engine.error.StepFailedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Runs a validated plan: hands the working audio from step to step, gives the steps of one run one
 * {@link RunCache}, records each step's outputs and reports overall progress from 0 to 1. Errors the engine
 * raises on purpose pass through; anything else becomes a {@link StepFailedException} naming the step.
 */
public final class PipelineRunner {

    /**
     * @param inputs       decoded uploads in order; the first is the starting working audio
     * @param workDir      an existing folder for the run's files; the caller removes it afterwards
     * @param cancellation stops the run between blocks
     * @param progress     receives overall progress from 0 to 1
     */
    public PipelineRun run(PipelinePlan plan, List<PcmFile> inputs, Path workDir, Cancellation cancellation,
                           DoubleConsumer progress) {
        return run(plan, inputs, workDir, new RunCache(), cancellation, progress);
    }

    /**
     * Runs {@code plan} sharing {@code cache} with other runs on the same inputs (e.g. a second plan that must
     * not undo the first one's results when it fails), so that a transcript is made once for all of them.
     */
    public PipelineRun run(PipelinePlan plan, List<PcmFile> inputs, Path workDir, RunCache cache,
                           Cancellation cancellation, DoubleConsumer progress) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one input file");
        }
        List<StepResult> results = new ArrayList<>();
        PcmFile working = inputs.get(0);
        int count = plan.steps().size();
        for (PlannedStep<?> step : plan.steps()) {
            cancellation.check();
            int index = step.index();
            String id = step.component().id();
            DoubleConsumer stepProgress = f -> progress.accept((index + f) / count);
            StepContext context = new StepContext(index, id, working, List.copyOf(inputs), workDir, cache,
                    cancellation, stepProgress);
            long started = System.nanoTime();
            StepOutput output = runStep(step, context);
            results.add(new StepResult(index, id, output, working, (System.nanoTime() - started) / 1_000_000));
            if (output.audio() != null) {
                working = output.audio();
            }
            progress.accept((index + 1.0) / count);
        }
        return new PipelineRun(List.copyOf(results), working);
    }

    private static StepOutput runStep(PlannedStep<?> step, StepContext context) {
        try {
            return step.run(context);
        } catch (EarshotException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StepFailedException(step.component().id(), step.index(), e);
        }
    }
}
