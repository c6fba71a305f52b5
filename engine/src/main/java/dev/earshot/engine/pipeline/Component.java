package dev.earshot.engine.pipeline;

import java.util.Optional;
import java.util.Set;

/**
 * One processing step of a pipeline. Implementations are small and stateless: everything a run needs comes
 * in through {@link StepContext} and the parsed params, so one instance serves every request at once.
 *
 * @param <P> the component's params record
 */
public interface Component<P> {

    /** The canonical component id, e.g. {@code noise_reduce}. */
    String id();

    /**
     * Reads and checks this component's params. Problems go to the reader; the result may then hold defaults
     * and is not used. Implementations finish with {@link ParamReader#rejectUnknownKeys()}.
     */
    P parseParams(ParamReader params);

    /** Whether a step with these params must be the last of its plan (e.g. a step that outputs many files). */
    default boolean mustBeLast(P params) {
        return false;
    }

    /**
     * Why this deployment cannot run a step with these params (what is missing and how to add it, e.g. an
     * Apertium language pair or an LLM endpoint), or empty when it can. Asked once the whole plan is free of
     * problems, before anything runs; a reason makes the plan fail with {@code ComponentUnavailableException}.
     */
    default Optional<String> unavailableBecause(P params) {
        return Optional.empty();
    }

    /**
     * The native libraries a step with these params uses (decoding, which happens before any step, is not the
     * steps' concern): a server refuses the step while one of them does not work. None by default.
     */
    default Set<NativeCapability> natives(P params) {
        return Set.of();
    }

    /** Runs the step on the working audio of {@code context}. Must not modify any input file. */
    StepOutput run(StepContext context, P params);
}
