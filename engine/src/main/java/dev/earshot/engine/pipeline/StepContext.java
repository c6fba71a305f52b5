package dev.earshot.engine.pipeline;

import dev.earshot.engine.audio.PcmFile;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Everything a step may use: the working audio, all inputs of the request, a private folder for new files,
 * results shared with the other steps of the run, cancellation and progress.
 */
public final class StepContext {

    private final int stepIndex;
    private final String componentId;
    private final PcmFile working;
    private final List<PcmFile> inputs;
    private final Path workDir;
    private final RunCache cache;
    private final Cancellation cancellation;
    private final DoubleConsumer progress;

    StepContext(int stepIndex, String componentId, PcmFile working, List<PcmFile> inputs, Path workDir,
                RunCache cache, Cancellation cancellation, DoubleConsumer progress) {
        this.stepIndex = stepIndex;
        this.componentId = componentId;
        this.working = working;
        this.inputs = inputs;
        this.workDir = workDir;
        this.cache = cache;
        this.cancellation = cancellation;
        this.progress = progress;
    }

    /** Creates a context for running one component outside a runner (tests, tools), with a cache of its own. */
    public static StepContext standalone(PcmFile working, List<PcmFile> inputs, Path workDir) {
        return new StepContext(0, "standalone", working, inputs, workDir, new RunCache(), Cancellation.none(),
                f -> { });
    }

    public int stepIndex() {
        return stepIndex;
    }

    public String componentId() {
        return componentId;
    }

    /** The audio this step works on: the output of the previous audio step, or the first input. */
    public PcmFile working() {
        return working;
    }

    /** Every decoded input file of the request, in upload order. */
    public List<PcmFile> inputs() {
        return inputs;
    }

    /** A path for a new file of this step, unique within the run. */
    public Path newFile(String name) {
        return workDir.resolve("step" + stepIndex + "-" + name);
    }

    /** Results computed by earlier steps of this run, for steps that need the same ones (see {@link RunCache}). */
    public RunCache cache() {
        return cache;
    }

    /** Throws if the run should stop; call between blocks of work. */
    public void checkpoint() {
        cancellation.check();
    }

    /** Reports how far this step is, from 0 to 1. */
    public void progress(double fraction) {
        progress.accept(Math.max(0, Math.min(1, fraction)));
    }
}
