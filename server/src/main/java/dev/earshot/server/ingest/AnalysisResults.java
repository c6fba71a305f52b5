package dev.earshot.server.ingest;

import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.server.jobs.JobContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores what one analysis step of an ingestion job produced: its metrics as the part's JSON document (plus the
 * RTTM file of the speakers) in the job's blobs, and the few values the job body shows.
 */
final class AnalysisResults {

    private final JobContext context;
    private final JsonMapper json;

    AnalysisResults(JobContext context, JsonMapper json) {
        this.context = context;
        this.json = json;
    }

    PartResult store(AnalysisPart part, StepOutput output) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("json", context.store(part.path() + ".json", write(part, output.metrics()), "application/json"));
        for (Artifact artifact : output.artifacts()) {
            if (artifact.name().equals("rttm")) {
                files.put("rttm", context.store(part.path() + ".rttm", artifact.file(), "text/plain"));
            }
        }
        return new PartResult(files, highlights(part, output.metrics()));
    }

    private Path write(AnalysisPart part, Map<String, Object> metrics) {
        Path file = context.workDir().resolve("part-" + part.path() + ".json");
        try {
            Files.writeString(file, json.writeValueAsString(metrics));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + part.path() + " result", e);
        }
        return file;
    }

    private static Map<String, Object> highlights(AnalysisPart part, Map<String, Object> metrics) {
        List<String> keys = switch (part) {
            case SPEAKERS -> List.of("speaker_count");
            case SENTIMENT -> List.of("overall");
            case SUMMARY -> List.of("summary", "method");
            case PII -> List.of("entity_count", "counts");
            case TRANSCRIPT -> List.of();
        };
        Map<String, Object> highlights = new LinkedHashMap<>();
        keys.forEach(key -> highlights.put(key, metrics.get(key)));
        return highlights;
    }
}
