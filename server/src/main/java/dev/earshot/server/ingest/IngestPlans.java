package dev.earshot.server.ingest;

import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.engine.speech.component.Transcription;
import java.util.List;
import java.util.Map;

/** The engine plan an ingestion job runs, and the runner that runs it. */
final class IngestPlans {

    private final ComponentRegistry registry;
    private final PipelineRunner runner;

    IngestPlans(ComponentRegistry registry, PipelineRunner runner) {
        this.registry = registry;
        this.runner = runner;
    }

    /** {@code transcribe} in the given engine language; the parts that do not exist yet have no step. */
    PipelinePlan plan(String speechLanguage) {
        List<StepSpec> steps = List.of(new StepSpec(Transcription.ID, Map.of("language", speechLanguage)));
        return PipelinePlan.validate(steps, 1, registry, steps.size());
    }

    PipelineRunner runner() {
        return runner;
    }
}
