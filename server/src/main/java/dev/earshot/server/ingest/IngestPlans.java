package dev.earshot.server.ingest;

import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engine plans an ingestion job runs, and the runner that runs them. Every part but the summary comes from
 * one plan; the summary has a plan of its own (run on the same transcript and speakers), so that an LLM endpoint
 * that fails costs only the summary.
 */
final class IngestPlans {

    private final ComponentRegistry registry;
    private final PipelineRunner runner;

    IngestPlans(ComponentRegistry registry, PipelineRunner runner) {
        this.registry = registry;
        this.runner = runner;
    }

    /** {@code transcribe} and {@code diarize}, and for {@code full-analysis} {@code sentiment} and {@code detect_pii}. */
    PipelinePlan plan(String speechLanguage, IngestPipeline pipeline) {
        List<StepSpec> steps = new ArrayList<>();
        for (AnalysisPart part : pipeline.parts()) {
            if (part != AnalysisPart.SUMMARY) {
                steps.add(step(part, speechLanguage));
            }
        }
        return PipelinePlan.validate(steps, 1, registry, steps.size());
    }

    /** {@code summarize} by speaker: extractive, or by the LLM endpoint when one is configured. */
    PipelinePlan summaryPlan(String speechLanguage) {
        List<StepSpec> steps = List.of(step(AnalysisPart.SUMMARY, speechLanguage));
        return PipelinePlan.validate(steps, 1, registry, 1);
    }

    private static StepSpec step(AnalysisPart part, String speechLanguage) {
        Map<String, Object> params = part.bySpeaker()
                ? Map.of("language", speechLanguage, "by_speaker", true) : Map.of("language", speechLanguage);
        return new StepSpec(part.componentId(), params);
    }

    PipelineRunner runner() {
        return runner;
    }
}
