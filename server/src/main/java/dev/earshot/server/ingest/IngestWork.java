package dev.earshot.server.ingest;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.language.UnavailableCapabilityException;
import dev.earshot.engine.language.llm.LlmEndpointException;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.PipelinePlan;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of an ingestion job: decode the stored upload to 16 kHz mono, run the pipeline's plan (transcript,
 * speakers and, for {@code full-analysis}, sentiment, PII and the summary), store the transcript in every format
 * and each other part as a JSON document. Progress: decoding is the first 10%, the transcript up to 75%,
 * speakers, sentiment and PII up to 90%, the summary up to 95%, storing the rest. The result's duration is the
 * decoded audio's, in seconds to the millisecond.
 */
@Component
class IngestWork implements JobWork {

    static final String KIND = "ingest";
    /** Decoding, then the transcript every pipeline starts with. */
    static final Set<NativeCapability> NATIVES = Set.of(NativeCapability.FFMPEG, NativeCapability.SILERO_VAD,
            NativeCapability.VOSK);
    private static final double DECODED = 0.10;
    private static final double TRANSCRIBED = 0.75;
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
    public Set<NativeCapability> natives() {
        return NATIVES;
    }

    @Override
    public String run(Job job, JobContext context) throws IOException {
        IngestInput input = IngestInput.fromJson(json, job.input());
        PcmFile speech = decode(input, fetch(input, context.workDir()), context.workDir());
        context.progress(DECODED);
        Analysis analysis = new Analysis(speech, context);
        String language = input.speechLanguage();
        StepOutput transcription = analysis.run(plans.transcriptPlan(language), "transcript", DECODED, TRANSCRIBED)
                .steps().get(0).output();
        AnalysisResults results = new AnalysisResults(context, json);
        Map<String, PartResult> parts = new LinkedHashMap<>();
        for (StepResult step : analysis.run(plans.analysisPlan(language, input.pipeline()), "analysis", TRANSCRIBED,
                ANALYSED).steps()) {
            AnalysisPart part = AnalysisPart.ofComponent(step.componentId());
            parts.put(part.path(), results.store(part, step.output()));
        }
        Map<String, String> notAvailable = new LinkedHashMap<>();
        if (input.pipeline().parts().contains(AnalysisPart.SUMMARY)) {
            try {
                StepOutput summary = analysis.run(plans.summaryPlan(language), "summary", ANALYSED, SUMMARIZED)
                        .steps().get(0).output();
                parts.put(AnalysisPart.SUMMARY.path(), results.store(AnalysisPart.SUMMARY, summary));
            } catch (LlmEndpointException | UnavailableCapabilityException e) {
                notAvailable.put(AnalysisPart.SUMMARY.path(), "summarization failed: " + e.getMessage());
            }
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
     * The plans of one job, run one after the other on the decoded audio, each in a folder of its own, sharing one
     * {@link RunCache}: the transcript and speakers are made once. The summary has a plan of its own so that an LLM
     * endpoint or tool that fails leaves only the summary out, with the reason.
     */
    private final class Analysis {

        private final PcmFile speech;
        private final JobContext context;
        private final RunCache cache = new RunCache();

        Analysis(PcmFile speech, JobContext context) {
            this.speech = speech;
            this.context = context;
        }

        PipelineRun run(PipelinePlan plan, String folder, double from, double to) throws IOException {
            Path workDir = Files.createDirectories(context.workDir().resolve(folder));
            return plans.runner().run(plan, List.of(speech), workDir, cache, context.cancellation(),
                    fraction -> context.progress(from + (to - from) * fraction));
        }
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
