package dev.earshot.engine.speech.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.Problem;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses params and runs one component on its own, the way a plan and a runner would. */
public final class Steps {

    private Steps() {
    }

    /** The params parsed from {@code values}, which must be free of problems. */
    public static <P> P parse(Component<P> component, Map<String, ?> values) {
        List<Problem> problems = new ArrayList<>();
        P params = component.parseParams(new ParamReader(0, component.id(), values, problems));
        assertThat(problems).as("problems of %s", values).isEmpty();
        return params;
    }

    /** The problems {@code values} have. */
    public static List<Problem> problems(Component<?> component, Map<String, ?> values) {
        List<Problem> problems = new ArrayList<>();
        component.parseParams(new ParamReader(0, component.id(), values, problems));
        return problems;
    }

    /** Runs {@code component} on {@code inputs} (the first is the working audio) and checks it left audio alone. */
    public static <P> StepOutput run(Component<P> component, Map<String, ?> values, Path dir, PcmFile... inputs) {
        P params = parse(component, values);
        StepOutput output = component.run(StepContext.standalone(inputs[0], List.of(inputs), dir), params);
        assertThat(output.audio()).as("metrics-only step").isNull();
        assertThat(output.audios()).isEmpty();
        return output;
    }

    /** The metrics of {@link #run}. */
    public static <P> Map<String, Object> metrics(Component<P> component, Map<String, ?> values, Path dir,
                                           PcmFile... inputs) {
        return run(component, values, dir, inputs).metrics();
    }

    /** A metric's list of JSON-like objects. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(Map<String, Object> metrics, String key) {
        return (List<Map<String, Object>>) metrics.get(key);
    }
}
