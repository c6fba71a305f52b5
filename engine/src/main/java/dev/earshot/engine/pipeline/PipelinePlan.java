package dev.earshot.engine.pipeline;

import dev.earshot.engine.error.ComponentUnavailableException;
import dev.earshot.engine.error.InvalidPlanException;
import dev.earshot.engine.error.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered list of steps checked as a whole against a registry and the number of uploaded files.
 * {@link #validate} reports every problem at once in an {@link InvalidPlanException}; a plan free of problems
 * that names a known but unregistered component, or a step its component cannot run here (see
 * {@link Component#unavailableBecause}), fails with {@link ComponentUnavailableException}.
 */
public final class PipelinePlan {

    private final List<PlannedStep<?>> steps;

    private PipelinePlan(List<PlannedStep<?>> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<PlannedStep<?>> steps() {
        return steps;
    }

    /** Component ids in run order. */
    public List<String> componentIds() {
        return steps.stream().map(s -> s.component().id()).toList();
    }

    /** The native libraries the steps use, together (see {@link Component#natives}); decoding is not included. */
    public Set<NativeCapability> natives() {
        return steps.stream().flatMap(step -> step.natives().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Checks {@code specs}.
     *
     * @param fileCount number of uploaded input files, 0 or more
     * @param maxSteps  largest allowed number of steps, 1 or more
     */
    public static PipelinePlan validate(List<StepSpec> specs, int fileCount, ComponentRegistry registry,
                                        int maxSteps) {
        List<Problem> problems = new ArrayList<>();
        if (specs.isEmpty()) {
            problems.add(Problem.ofRequest("components must be a non-empty array"));
        }
        if (specs.size() > maxSteps) {
            problems.add(Problem.ofRequest("components has " + specs.size() + " steps; at most " + maxSteps
                    + " are allowed"));
        }
        List<PlannedStep<?>> planned = new ArrayList<>();
        String unavailable = null;
        int unavailableIndex = -1;
        for (int i = 0; i < specs.size(); i++) {
            StepSpec spec = specs.get(i);
            String id = spec.componentId();
            Map<String, ?> params = paramsOf(spec, i, problems);
            if (id == null || id.isBlank()) {
                problems.add(new Problem(i, null, null, "component_id must be a non-empty string"));
                continue;
            }
            if (!registry.knows(id)) {
                problems.add(new Problem(i, id, null, "unknown component_id '" + id + "'; known ids: "
                        + registry.knownIds()));
                continue;
            }
            int minimum = ComponentCatalog.minimumFiles(id).orElse(1);
            if (fileCount < minimum) {
                problems.add(new Problem(i, id, null, "needs at least " + minimum + " uploaded files, got "
                        + fileCount));
            }
            var component = registry.find(id);
            if (component.isEmpty()) {
                ComponentCatalog.checkUnregisteredParams(id, new ParamReader(i, id, params, problems));
                if (unavailable == null) {
                    unavailable = id;
                    unavailableIndex = i;
                }
                continue;
            }
            planned.add(plan(i, component.get(), params, specs.size(), problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        if (unavailable != null) {
            throw new ComponentUnavailableException(unavailable, unavailableIndex);
        }
        for (PlannedStep<?> step : planned) {
            checkAvailable(step);
        }
        return new PipelinePlan(planned);
    }

    private static <P> void checkAvailable(PlannedStep<P> step) {
        step.component().unavailableBecause(step.params()).ifPresent(reason -> {
            throw new ComponentUnavailableException(step.component().id(), step.index(), reason);
        });
    }

    private static <P> PlannedStep<P> plan(int index, Component<P> component, Map<String, ?> params,
                                           int stepCount, List<Problem> problems) {
        ParamReader reader = new ParamReader(index, component.id(), params, problems);
        P parsed = component.parseParams(reader);
        if (index < stepCount - 1 && component.mustBeLast(parsed)) {
            problems.add(new Problem(index, component.id(), null,
                    "this step produces several files and must be the last entry in components"));
        }
        return new PlannedStep<>(index, component, parsed);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> paramsOf(StepSpec spec, int index, List<Problem> problems) {
        Object params = spec.params();
        if (params == null) {
            return Map.of();
        }
        if (params instanceof Map<?, ?> map) {
            return (Map<String, ?>) map;
        }
        problems.add(new Problem(index, spec.componentId(), null, "params must be a JSON object, got "
                + (params instanceof String ? "a string" : params instanceof List ? "an array" : "a " + params.getClass().getSimpleName())));
        return Map.of();
    }
}
