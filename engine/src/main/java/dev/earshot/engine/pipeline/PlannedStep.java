package dev.earshot.engine.pipeline;

/**
 * A validated step: its position, the component that runs it and its parsed params.
 *
 * @param <P> the component's params record
 */
public record PlannedStep<P>(int index, Component<P> component, P params) {

    StepOutput run(StepContext context) {
        return component.run(context, params);
    }
}
