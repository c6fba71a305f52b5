package dev.earshot.server.ingest;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.PipelineRun;
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
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of an ingestion job: decode the stored upload to 16 kHz mono, run the transcription plan, store the
 * transcript in every format and record which of the pipeline's other parts this deployment cannot produce.
 * Progress: decoding is the first 10%, transcription up to 95%, storing the rest. The result's duration is the
 * decoded audio's, in seconds to the millisecond.
 */
@Component
class IngestWork implements JobWork {

    static final String KIND = "ingest";
    private static final double DECODED = 0.10;
    private static final double TRANSCRIBED = 0.95;

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
        PipelineRun run = plans.runner().run(plans.plan(input.speechLanguage()), List.of(speech), context.workDir(),
                context.cancellation(), f -> context.progress(DECODED + (TRANSCRIBED - DECODED) * f));
        StepOutput transcription = run.steps().get(0).output();
        Map<String, String> files = new LinkedHashMap<>();
        for (Artifact artifact : transcription.artifacts()) {
            files.put(artifact.name(), context.store("transcript." + artifact.name(), artifact.file(),
                    artifact.contentType()));
        }
        Map<String, String> notAvailable = new LinkedHashMap<>();
        input.pipeline().parts().stream().filter(part -> !part.available())
                .forEach(part -> notAvailable.put(part.path(), part.unavailableReason()));
        Map<String, Object> metrics = transcription.metrics();
        return new IngestResult((String) metrics.get("language"), ((Number) metrics.get("word_count")).intValue(),
                Math.round(speech.durationSeconds() * 1000) / 1000.0, files, notAvailable).toJson(json);
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
