package dev.earshot.server.ingest;

import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engine plans an ingestion job runs, one after the other on the same transcript: the transcript, the parts
 * built on it, and the summary on its own (so that an LLM endpoint that fails costs only the summary).
 */
final class IngestPlans {

    private final ComponentRegistry registry;
    private final PipelineRunner runner;

    IngestPlans(ComponentRegistry registry, PipelineRunner runner) {
        this.registry = registry;
        this.runner = runner;
    }

    /** {@code transcribe}: the transcript every pipeline starts with. */
    PipelinePlan transcriptPlan(String speechLanguage) {
        return plan(List.of(step(AnalysisPart.TRANSCRIPT, speechLanguage)));
    }

    /** The pipeline's parts between the transcript and the summary: speakers, and sentiment and PII. */
    PipelinePlan analysisPlan(String speechLanguage, IngestPipeline pipeline) {
        List<StepSpec> steps = new ArrayList<>();
        for (AnalysisPart part : pipeline.parts()) {
            if (part != AnalysisPart.TRANSCRIPT && part != AnalysisPart.SUMMARY) {
                steps.add(step(part, speechLanguage));
            }
        }
        return plan(steps);
    }

    /** {@code summarize} by speaker: extractive, or by the LLM endpoint when one is configured. */
    PipelinePlan summaryPlan(String speechLanguage) {
        return plan(List.of(step(AnalysisPart.SUMMARY, speechLanguage)));
    }

    private PipelinePlan plan(List<StepSpec> steps) {
        return PipelinePlan.validate(steps, 1, registry, steps.size());
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
