package dev.earshot.engine.pipeline;

import dev.earshot.engine.audio.PcmFile;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Everything a step may use: the working audio, all inputs of the request, a private folder for new files,
 * cancellation and progress.
 */
public final class StepContext {

    private final int stepIndex;
    private final String componentId;
    private final PcmFile working;
    private final List<PcmFile> inputs;
    private final Path workDir;
    private final Cancellation cancellation;
    private final DoubleConsumer progress;

    StepContext(int stepIndex, String componentId, PcmFile working, List<PcmFile> inputs, Path workDir,
                Cancellation cancellation, DoubleConsumer progress) {
        this.stepIndex = stepIndex;
        this.componentId = componentId;
        this.working = working;
        this.inputs = inputs;
        this.workDir = workDir;
        this.cancellation = cancellation;
        this.progress = progress;
    }

    /** Creates a context for running one component outside a runner (tests, tools). */
    public static StepContext standalone(PcmFile working, List<PcmFile> inputs, Path workDir) {
        return new StepContext(0, "standalone", working, inputs, workDir, Cancellation.none(), f -> { });
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

    /** Throws if the run should stop; call between blocks of work. */
    public void checkpoint() {
        cancellation.check();
    }

    /** Reports how far this step is, from 0 to 1. */
    public void progress(double fraction) {
        progress.accept(Math.max(0, Math.min(1, fraction)));
    }
}
