package dev.earshot.engine.bench;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.component.StandardComponents;
import dev.earshot.engine.pipeline.Cancellation;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.engine.testing.BenchFigures;
import dev.earshot.engine.testing.BenchMeter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Signal-processing component figures of {@code bench/run.sh} (see {@code bench/README.md}), one step per JVM.
 * Not a test. Steps:
 * <pre>
 * ids                          the ids of StandardComponents.all(), one per line
 * run ID SOURCE RUNS OUT       SOURCE decoded at its own rate and channels (unmeasured), then a one-step plan
 *                              of component ID through PipelinePlan and PipelineRunner, once unmeasured and RUNS
 *                              times measured; figures to OUT as key=value lines
 * </pre>
 * Every component runs with its default params, except {@code slice_audio}, which cuts two ranges: 10-20 % and
 * 50-60 % of the input.
 */
public final class ComponentBenchmark {

    private ComponentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "ids" -> StandardComponents.all().forEach(component -> System.out.println(component.id()));
            case "run" -> BenchFigures.write(Path.of(args[4]),
                    run(args[1], Path.of(args[2]), Integer.parseInt(args[3])));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static Map<String, Object> run(String id, Path source, int runs) throws IOException {
        Path dir = Files.createTempDirectory(source.toAbsolutePath().getParent(), "component");
        try {
            PcmFile input = new AudioDecoder().decode(source, source.getFileName().toString(), dir.resolve("input.f32"),
                    DecodeOptions.original(Duration.ofHours(1)));
            List<Component<?>> all = StandardComponents.all();
            ComponentRegistry registry = ComponentRegistry.of(all);
            PipelinePlan plan = PipelinePlan.validate(List.of(new StepSpec(id, params(id, input))), 1, registry, 20);
            Path runDir = dir.resolve("run");
            Map<String, Object> figures = BenchMeter.repeat(runs, () -> BenchFigures.recreate(runDir),
                    () -> new PipelineRunner().run(plan, List.of(input), runDir, Cancellation.none(), fraction -> { }));
            figures.put("component", id);
            figures.put("audio_seconds", input.durationSeconds());
            figures.put("sample_rate", input.format().sampleRate());
            figures.put("channels", input.format().channels());
            figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
            return figures;
        } finally {
            BenchFigures.deleteTree(dir);
        }
    }

    private static Map<String, ?> params(String id, PcmFile input) {
        double seconds = input.durationSeconds();
        return id.equals("slice_audio")
                ? Map.of("ranges", List.of(List.of(0.1 * seconds, 0.2 * seconds), List.of(0.5 * seconds, 0.6 * seconds)))
                : Map.of();
    }
}
