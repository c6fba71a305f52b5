package dev.earshot.server.pipeline;

import dev.earshot.engine.audio.AudioEncoder;
import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.server.assets.Dataset;
import dev.earshot.server.assets.DatasetKind;
import dev.earshot.server.assets.Datasets;
import dev.earshot.server.assets.Tasks;
import dev.earshot.server.storage.BlobStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes a run's task, datasets, file records and blobs. */
@Component
@OnAudioEngineEnabled
class PipelineRecords {

    static final String TASK_KIND = "audio_engine_pipeline";

    private static final Map<String, String> CONTENT_TYPES = Map.of("wav", "audio/wav", "mp3", "audio/mpeg",
            "m4a", "audio/mp4", "aac", "audio/aac", "flac", "audio/flac", "ogg", "audio/ogg", "opus", "audio/ogg",
            "webm", "audio/webm", "mp4", "video/mp4");

    private final Tasks tasks;
    private final Datasets datasets;
    private final BlobStore blobs;
    private final AudioEncoder encoder = new AudioEncoder();

    PipelineRecords(Tasks tasks, Datasets datasets, BlobStore blobs) {
        this.tasks = tasks;
        this.datasets = datasets;
        this.blobs = blobs;
    }

    String startTask(PipelineRequest request, String requestJson) {
        return tasks.start(request.project().id(), request.caller().keyId(), request.userEmail(), TASK_KIND,
                requestJson);
    }

    /** Stores the uploads as sent and records them as the task's input dataset. */
    String storeInputs(String taskId, String projectId, List<Upload> uploads, List<PcmFile> decoded,
                       Map<Path, StoredFile> stored) {
        Dataset dataset = datasets.create(projectId, DatasetKind.INPUT);
        tasks.link(taskId, dataset.id(), DatasetKind.INPUT);
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            PcmFile audio = decoded.get(i);
            StoredFile file = put(dataset.id(), i, upload.fileName(), upload.path(), contentType(upload.fileName()));
            datasets.addFile(dataset.id(), i, upload.fileName(), file.blobKey(), contentType(upload.fileName()),
                    upload.size(), audio.durationSeconds(), audio.format().sampleRate(), audio.format().channels());
            stored.put(audio.path(), file);
        }
        return dataset.id();
    }

    /** Encodes a produced file as 16-bit WAV, stores it in the output dataset and returns where it is. */
    StoredFile storeOutput(Dataset output, int position, String name, PcmFile audio) {
        Path wav = audio.path().resolveSibling(audio.path().getFileName() + ".wav");
        encoder.encode(audio, wav, OutputFormat.WAV);
        try {
            StoredFile file = put(output.id(), position, name, wav, OutputFormat.WAV.contentType());
            datasets.addFile(output.id(), position, name, file.blobKey(), OutputFormat.WAV.contentType(),
                    Files.size(wav), audio.durationSeconds(), audio.format().sampleRate(),
                    audio.format().channels());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(wav);
        }
    }

    /** Stores a non-audio file a step wrote (a transcript, a report) in the output dataset. */
    StoredFile storeArtifact(Dataset output, int position, String name, Artifact artifact) {
        try {
            StoredFile file = put(output.id(), position, name, artifact.file(), artifact.contentType());
            datasets.addFile(output.id(), position, name, file.blobKey(), artifact.contentType(),
                    Files.size(artifact.file()), null, null, null);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new dataset of the task: {@code OUTPUT} for produced audio, {@code ARTIFACTS} for other files. */
    Dataset createDataset(String taskId, String projectId, DatasetKind kind) {
        Dataset dataset = datasets.create(projectId, kind);
        tasks.link(taskId, dataset.id(), kind);
        return dataset;
    }

    void complete(String taskId, String resultJson) {
        tasks.complete(taskId, resultJson);
    }

    void fail(String taskId, String reason) {
        tasks.fail(taskId, reason);
    }

    private StoredFile put(String datasetId, int position, String fileName, Path source, String contentType) {
        String key = "datasets/" + datasetId + "/" + position + "-" + fileName;
        blobs.put(key, source, contentType);
        return new StoredFile(key, fileName);
    }

    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the work folder is removed as a whole after the run
        }
    }
}
