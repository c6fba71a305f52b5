package dev.earshot.engine.pipeline;

import java.util.Set;

/**
 * A validated step: its position, the component that runs it and its parsed params.
 *
 * @param <P> the component's params record
 */
public record PlannedStep<P>(int index, Component<P> component, P params) {

    /** The native libraries this step uses (see {@link Component#natives}). */
    public Set<NativeCapability> natives() {
        return component.natives(params);
    }

    StepOutput run(StepContext context) {
        return component.run(context, params);
    }
}
