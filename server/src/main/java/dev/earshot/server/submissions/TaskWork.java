package dev.earshot.server.submissions;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRun;
import dev.earshot.engine.pipeline.RunCache;
import dev.earshot.engine.pipeline.StepResult;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobContext;
import dev.earshot.server.jobs.JobFailedException;
import dev.earshot.server.jobs.JobWork;
import dev.earshot.server.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in worker of the submissions door: one job per task. It decodes the submission's audio to 16 kHz mono,
 * runs the task's plans on one transcript (see {@link TaskPlans}), and reports the payload through
 * {@link TaskResults} exactly as an external worker would. Progress: decoding 10%, the analysis up to 80%, the
 * translation up to 95%. A job that fails for good reports the task failed (see {@link TaskJobListener}).
 */
@Component
class TaskWork implements JobWork {

    static final String KIND = "submission-task";
    private static final Set<NativeCapability> NATIVES = Set.of(NativeCapability.FFMPEG, NativeCapability.SILERO_VAD,
            NativeCapability.VOSK);
    private static final Duration DECODE_TIMEOUT = Duration.ofMinutes(30);
    private static final double DECODED = 0.10;
    private static final double ANALYSED = 0.80;
    private static final double TRANSLATED = 0.95;

    private final AudioDecoder decoder = new AudioDecoder();
    private final SubmissionRecords records;
    private final SubmissionAudios audios;
    private final TaskPlans plans;
    private final TaskResults results;
    private final BlobStore blobs;
    private final JsonMapper json;

    TaskWork(SubmissionRecords records, SubmissionAudios audios, TaskPlans plans, TaskResults results,
             BlobStore blobs, JsonMapper json) {
        this.records = records;
        this.audios = audios;
        this.plans = plans;
        this.results = results;
        this.blobs = blobs;
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

    /** The job of a task: its id is derived from the task's, so a task never gets two. */
    static String jobId(long taskId) {
        return "subtask_" + taskId;
    }

    @Override
    public String run(Job job, JobContext context) throws IOException {
        long taskId = json.readTree(job.input()).get("task_id").asLong();
        SubmissionTask task = records.task(taskId).orElseThrow(() -> new JobFailedException("task " + taskId
                + " no longer exists"));
        if (task.finished()) {
            return json.writeValueAsString(Map.of("task_id", taskId, "status", task.status()));
        }
        Submission submission = records.submission(task.submissionId()).orElseThrow();
        results.report(task, TaskReport.builtIn("processing", null));
        PcmFile speech = decode(submission, context.workDir());
        context.progress(DECODED);
        Map<String, Object> payload = analyse(submission.spec(), speech, context);
        SubmissionTask finished = results.report(records.task(taskId).orElseThrow(),
                TaskReport.builtIn(TaskReport.COMPLETED, payload));
        return json.writeValueAsString(Map.of("task_id", taskId, "status", finished.status()));
    }

    private Map<String, Object> analyse(TaskSpec spec, PcmFile speech, JobContext context) throws IOException {
        RunCache cache = new RunCache();
        PipelineRun analysis = run(plans.analysis(spec), speech, cache, context, "analysis", DECODED, ANALYSED);
        TaskPayload payload = new TaskPayload(spec);
        for (StepResult step : analysis.steps()) {
            payload.add(step.componentId(), step.output().metrics());
        }
        if (spec.asks(SubmissionService.TRANSLATE)) {
            List<String> texts = payload.chunkTexts();
            List<Map<String, Object>> translated = texts.isEmpty() ? List.of()
                    : run(plans.translation(texts, spec.targetLanguage()), speech, cache, context, "translation",
                    ANALYSED, TRANSLATED).steps().stream().map(step -> step.output().metrics()).toList();
            payload.addTranslation(spec.targetLanguage(), translated);
        }
        return payload.toMap();
    }

    private PipelineRun run(PipelinePlan plan, PcmFile speech, RunCache cache, JobContext context, String folder,
                            double from, double to) throws IOException {
        Path workDir = Files.createDirectories(context.workDir().resolve(folder));
        return plans.runner().run(plan, List.of(speech), workDir, cache, context.cancellation(),
                fraction -> context.progress(from + (to - from) * fraction));
    }

    private PcmFile decode(Submission submission, Path workDir) throws IOException {
        SubmissionAudio audio = audios.find(submission.audioId()).orElseThrow(() -> new JobFailedException(
                "the submission's audio " + submission.audioId() + " was deleted before the task ran"));
        Path source = workDir.resolve("audio");
        try (InputStream in = blobs.open(audio.blobKey())) {
            Files.copy(in, source);
        }
        try {
            return decoder.decode(source, audio.name(), workDir.resolve("speech.pcm"),
                    DecodeOptions.speech(DECODE_TIMEOUT));
        } catch (UndecodableAudioException e) {
            throw new JobFailedException("the audio cannot be decoded: " + e.getMessage(), e);
        }
    }
}
