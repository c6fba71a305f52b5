package dev.earshot.server.ingest;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.language.UnavailableCapabilityException;
import dev.earshot.engine.language.llm.LlmEndpointException;
import dev.earshot.engine.pipeline.PipelineRun;
import dev.earshot.engine.pipeline.RunCache;
import dev.earshot.engine.pipeline.StepResult;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobContext;
import dev.earshot.server.jobs.JobFailedException;
import dev.earshot.server.jobs.JobWork;
import dev.earshot.server.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of an ingestion job: decode the stored upload to 16 kHz mono, run the pipeline's plan (transcript,
 * speakers and, for {@code full-analysis}, sentiment, PII and the summary), store the transcript in every format
 * and each other part as a JSON document. Progress: decoding is the first 10%, the analysis up to 90%, the
 * summary up to 95%, storing the rest. The result's duration is the
 * decoded audio's, in seconds to the millisecond.
 */
@Component
class IngestWork implements JobWork {

    static final String KIND = "ingest";
    private static final double DECODED = 0.10;
    private static final double ANALYSED = 0.90;
    private static final double SUMMARIZED = 0.95;

    private final AudioDecoder decoder = new AudioDecoder();
    private final IngestPlans plans;
    private final BlobStore blobs;
    private final IngestSettings settings;
    private final JsonMapper json;

    IngestWork(IngestPlans plans, BlobStore blobs, IngestSettings settings, JsonMapper json) {
        this.plans = plans;
        this.blobs = blobs;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String run(Job job, JobContext context) throws IOException {
        IngestInput input = IngestInput.fromJson(json, job.input());
        PcmFile speech = decode(input, fetch(input, context.workDir()), context.workDir());
        context.progress(DECODED);
        RunCache cache = new RunCache();
        PipelineRun run = plans.runner().run(plans.plan(input.speechLanguage(), input.pipeline()), List.of(speech),
                context.workDir(), cache, context.cancellation(), between(context, DECODED, ANALYSED));
        AnalysisResults results = new AnalysisResults(context, json);
        Map<String, PartResult> parts = new LinkedHashMap<>();
        Map<String, String> notAvailable = new LinkedHashMap<>();
        StepOutput transcription = null;
        for (StepResult step : run.steps()) {
            AnalysisPart part = partOf(step.componentId());
            if (part == AnalysisPart.TRANSCRIPT) {
                transcription = step.output();
            } else {
                parts.put(part.path(), results.store(part, step.output()));
            }
        }
        if (input.pipeline().parts().contains(AnalysisPart.SUMMARY)) {
            summarize(input, speech, cache, context, results, parts, notAvailable);
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (Artifact artifact : transcription.artifacts()) {
            files.put(artifact.name(), context.store("transcript." + artifact.name(), artifact.file(),
                    artifact.contentType()));
        }
        Map<String, Object> metrics = transcription.metrics();
        return new IngestResult((String) metrics.get("language"), ((Number) metrics.get("word_count")).intValue(),
                Math.round(speech.durationSeconds() * 1000) / 1000.0, files, parts, notAvailable).toJson(json);
    }

    /**
     * The summary, on the transcript and speakers already in {@code cache}. An LLM endpoint or tool that fails
     * leaves the summary out with the reason; the job's other parts stand.
     */
    private void summarize(IngestInput input, PcmFile speech, RunCache cache, JobContext context,
                           AnalysisResults results, Map<String, PartResult> parts, Map<String, String> notAvailable)
            throws IOException {
        Path workDir = Files.createDirectories(context.workDir().resolve("summary"));
        try {
            PipelineRun run = plans.runner().run(plans.summaryPlan(input.speechLanguage()), List.of(speech), workDir,
                    cache, context.cancellation(), between(context, ANALYSED, SUMMARIZED));
            parts.put(AnalysisPart.SUMMARY.path(), results.store(AnalysisPart.SUMMARY, run.steps().get(0).output()));
        } catch (LlmEndpointException | UnavailableCapabilityException e) {
            notAvailable.put(AnalysisPart.SUMMARY.path(), "summarization failed: " + e.getMessage());
        }
    }

    private static DoubleConsumer between(JobContext context, double from, double to) {
        return fraction -> context.progress(from + (to - from) * fraction);
    }

    private static AnalysisPart partOf(String componentId) {
        return Arrays.stream(AnalysisPart.values()).filter(p -> p.componentId().equals(componentId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no analysis part is made by " + componentId));
    }

    private Path fetch(IngestInput input, Path workDir) throws IOException {
        Path source = workDir.resolve("upload." + input.format().extension());
        try (InputStream in = blobs.open(input.blobKey())) {
            Files.copy(in, source);
        }
        return source;
    }

    private PcmFile decode(IngestInput input, Path source, Path workDir) {
        try {
            return decoder.decode(source, input.fileName(), workDir.resolve("speech.pcm"),
                    DecodeOptions.speech(settings.decodeTimeout()));
        } catch (UndecodableAudioException e) {
            throw new JobFailedException(JobFailure.coded(JobFailure.INVALID_AUDIO, e.getMessage()), e);
        }
    }
}
