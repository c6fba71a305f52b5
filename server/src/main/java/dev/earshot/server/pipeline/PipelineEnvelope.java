package dev.earshot.server.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes a run's outcome in the seed's 200 shape, with links made by a given function. */
final class PipelineEnvelope {

    private PipelineEnvelope() {
    }

    /** The body the door answers with: status, task_id, dataset_ids and the result envelope. */
    static Map<String, Object> response(PipelineOutcome outcome, Function<StoredFile, String> link) {
        List<String> datasetIds = new ArrayList<>();
        datasetIds.add(outcome.inputDatasetId());
        if (outcome.outputDatasetId() != null) {
            datasetIds.add(outcome.outputDatasetId());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "COMPLETED");
        body.put("task_id", outcome.taskId());
        body.put("dataset_ids", datasetIds);
        body.put("result", result(outcome, link));
        return body;
    }

    /** The result as kept with the task: files named by blob key instead of expiring links. */
    static Map<String, Object> stored(PipelineOutcome outcome) {
        return result(outcome, file -> "blob:" + file.blobKey());
    }

    private static Map<String, Object> result(PipelineOutcome outcome, Function<StoredFile, String> link) {
        List<Map<String, Object>> components = new ArrayList<>();
        for (PipelineOutcome.Step step : outcome.steps()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("component_id", step.componentId());
            if (step.output() != null) {
                entry.put("output_url", link.apply(step.output()));
            }
            if (!step.outputs().isEmpty()) {
                entry.put("output_urls", step.outputs().stream().map(link).toList());
            }
            if (step.metrics() != null) {
                entry.put("metrics", MetricRounding.of(step.metrics()));
            }
            if (!step.artifacts().isEmpty()) {
                Map<String, String> links = new LinkedHashMap<>();
                step.artifacts().forEach((name, file) -> links.put(name, link.apply(file)));
                entry.put("artifact_urls", links);
            }
            components.add(entry);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("component_ids", outcome.steps().stream().map(PipelineOutcome.Step::componentId).toList());
        result.put("components", components);
        result.put("final_output_url", link.apply(outcome.finalAudio()));
        if (outcome.artifactsDatasetId() != null) {
            result.put("artifacts_dataset_id", outcome.artifactsDatasetId());
        }
        return result;
    }
}
