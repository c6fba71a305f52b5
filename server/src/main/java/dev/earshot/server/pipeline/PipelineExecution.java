package dev.earshot.server.pipeline;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.EarshotException;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.Cancellation;
import dev.earshot.engine.pipeline.PipelineRun;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepResult;
import dev.earshot.server.assets.Dataset;
import dev.earshot.server.assets.DatasetKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of one synchronous run, on a worker thread: decode the uploads, record the task and inputs, run
 * the plan, store the outputs. Bad audio is found before any row or blob is written.
 */
@Component
@OnAudioEngineEnabled
class PipelineExecution {

    private final AudioDecoder decoder = new AudioDecoder();
    private final PipelineRunner runner;
    private final PipelineRecords records;
    private final JsonMapper json;

    PipelineExecution(PipelineRunner runner, PipelineRecords records, JsonMapper json) {
        this.runner = runner;
        this.records = records;
        this.json = json;
    }

    PipelineOutcome execute(PipelineRequest request, List<Upload> uploads, Path workDir, Cancellation cancellation,
                            Duration decodeTimeout) {
        List<PcmFile> decoded = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            cancellation.check();
            Upload upload = uploads.get(i);
            decoded.add(decoder.decode(upload.path(), upload.fileName(), workDir.resolve("input-" + i + ".pcm"),
                    new DecodeOptions(0, false, decodeTimeout)));
        }
        cancellation.check();
        String taskId = records.startTask(request, requestJson(request));
        try {
            Map<Path, StoredFile> stored = new HashMap<>();
            String inputDataset = records.storeInputs(taskId, request.project().id(), uploads, decoded, stored);
            PipelineRun run = runner.run(request.plan(), decoded, workDir, cancellation, fraction -> { });
            PipelineOutcome outcome = publish(taskId, request, inputDataset, run, stored);
            records.complete(taskId, json.writeValueAsString(PipelineEnvelope.stored(outcome)));
            return outcome;
        } catch (RuntimeException e) {
            records.fail(taskId, e instanceof EarshotException ? e.getMessage() : "internal error: " + e);
            throw e;
        }
    }

    private PipelineOutcome publish(String taskId, PipelineRequest request, String inputDataset, PipelineRun run,
                                    Map<Path, StoredFile> stored) {
        Outputs outputs = new Outputs(taskId, request.project().id(), stored);
        List<PipelineOutcome.Step> steps = new ArrayList<>();
        for (StepResult result : run.steps()) {
            var out = result.output();
            StoredFile audio = out.audio() == null ? null : outputs.store(out.audio(), result.componentId(), 0);
            List<StoredFile> files = new ArrayList<>();
            for (int i = 0; i < out.audios().size(); i++) {
                files.add(outputs.store(out.audios().get(i), result.componentId(), i + 1));
            }
            Map<String, StoredFile> artifacts = new LinkedHashMap<>();
            for (Artifact artifact : out.artifacts()) {
                artifacts.put(artifact.name(), outputs.storeArtifact(artifact, result.componentId()));
            }
            steps.add(new PipelineOutcome.Step(result.componentId(), audio, files, out.metrics(), artifacts));
        }
        StoredFile last = stored.get(run.finalAudio().path());
        return new PipelineOutcome(taskId, inputDataset, outputs.audio.id(), outputs.artifacts.id(), steps, last);
    }

    /** Where a run's new files go: audio to the OUTPUT dataset, other files to the ARTIFACTS one. */
    private final class Outputs {

        private final Map<Path, StoredFile> stored;
        private final LazyDataset audio;
        private final LazyDataset artifacts;

        Outputs(String taskId, String projectId, Map<Path, StoredFile> stored) {
            this.stored = stored;
            this.audio = new LazyDataset(taskId, projectId, DatasetKind.OUTPUT);
            this.artifacts = new LazyDataset(taskId, projectId, DatasetKind.ARTIFACTS);
        }

        StoredFile store(PcmFile audio, String componentId, int part) {
            StoredFile known = stored.get(audio.path());
            if (known != null) {
                return known;
            }
            String name = componentId + (part > 0 ? "-" + part : "") + ".wav";
            StoredFile file = records.storeOutput(this.audio.dataset(), this.audio.count++, name, audio);
            stored.put(audio.path(), file);
            return file;
        }

        StoredFile storeArtifact(Artifact artifact, String componentId) {
            String name = componentId + "-" + artifact.file().getFileName();
            return records.storeArtifact(artifacts.dataset(), artifacts.count++, name, artifact);
        }
    }

    /** A dataset of the task made when its first file is stored; its id is null while it holds none. */
    private final class LazyDataset {

        private final String taskId;
        private final String projectId;
        private final DatasetKind kind;
        private Dataset dataset;
        private int count;

        LazyDataset(String taskId, String projectId, DatasetKind kind) {
            this.taskId = taskId;
            this.projectId = projectId;
            this.kind = kind;
        }

        Dataset dataset() {
            if (dataset == null) {
                dataset = records.createDataset(taskId, projectId, kind);
            }
            return dataset;
        }

        String id() {
            return dataset == null ? null : dataset.id();
        }
    }

    private String requestJson(PipelineRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("components", request.components());
        body.put("user_email", request.userEmail());
        body.put("project_name", request.project().name());
        body.put("provider", request.provider());
        body.put("files", request.fileNames());
        return json.writeValueAsString(body);
    }
}
