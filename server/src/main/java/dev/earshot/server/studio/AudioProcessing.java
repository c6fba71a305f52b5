package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobContext;
import dev.earshot.server.jobs.JobFailedException;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.JobWork;
import dev.earshot.server.jobs.NewJob;
import dev.earshot.server.storage.BlobStore;
import dev.earshot.server.studio.StudioCallers.StudioCaller;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processing of a confirmed audio file, one job per file on the job engine: {@code normalizing} (probe, decode
 * once ({@link StudioDecoder}) into a working copy kept in the blob store, duration from the decode),
 * {@code embedding} (frame features, see {@link AudioEmbedding}), then {@code ready}. A file that cannot be decoded
 * fails for good with a reason its owner can act on ({@link AudioFailures}), and its blobs are deleted (see
 * {@link AudioProcessingListener}). An attempt stopped midway (a crash, a stop) runs again from the start; a file
 * deleted while it is processed keeps nothing the attempt wrote.
 */
@Component
class AudioProcessing implements JobWork {

    static final String KIND = "studio-audio";
    private static final double NORMALIZED = 0.5;
    private final StudioAudioRecords records;
    private final StudioDecoder decoder;
    private final AudioEmbedding embedding;
    private final BlobStore blobs;
    private final ObjectProvider<JobQueue> jobs;
    private final JsonMapper json;

    AudioProcessing(StudioAudioRecords records, StudioDecoder decoder, AudioEmbedding embedding, BlobStore blobs,
                    ObjectProvider<JobQueue> jobs, JsonMapper json) {
        this.records = records;
        this.decoder = decoder;
        this.embedding = embedding;
        this.blobs = blobs;
        this.jobs = jobs;
        this.json = json;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<NativeCapability> natives() {
        return Set.of(NativeCapability.FFMPEG);
    }

    static String jobId(String audioId) {
        return "studioaudio_" + audioId;
    }

    /** Queues the processing of a file just confirmed. */
    void start(StudioAudioFile audio, StudioCaller caller) {
        start(audio, caller.projectId(), caller.key().keyId());
    }

    void start(StudioAudioFile audio, String projectId, String keyId) {
        jobs.getObject().submit(new NewJob(jobId(audio.id()), KIND, projectId, keyId,
                json.writeValueAsString(Map.of("audio_id", audio.id())), null, null, false));
    }

    /** True when the file has a processing job (of any state). */
    boolean hasJob(StudioAudioFile audio) {
        return jobs.getObject().find(jobId(audio.id())).isPresent();
    }

    /** Deletes a file: its blobs, its row (draft annotations go with it), and its processing if still running. */
    void forget(StudioAudioFile audio) {
        blobs.deleteAll(StudioBlobKeys.audio(audio.datasetId(), audio.id()));
        records.delete(audio.id());
        jobs.getObject().cancel(jobId(audio.id()));
    }

    @Override
    public String run(Job job, JobContext context) throws IOException {
        String id = json.readTree(job.input()).get("audio_id").asString();
        StudioAudioFile audio = records.find(id).orElseThrow(() -> new JobFailedException("the audio file "
                + id + " was deleted"));
        if (!records.startNormalizing(id)) {
            return result(records.find(id).orElse(audio));
        }
        PcmFile working = decoder.decode(audio.originalKey(), audio.originalFilename(), context.workDir());
        context.progress(NORMALIZED);
        String workingKey = StudioBlobKeys.working(audio.datasetId(), id);
        blobs.put(workingKey, working.path(), "application/octet-stream");
        long durationMs = Math.round(working.durationSeconds() * 1000);
        if (!records.normalized(id, durationMs, working.format().sampleRate(), working.format().channels(),
                workingKey)) {
            throw discarded(audio);
        }
        String featuresKey = embed(audio, working);
        if (!records.ready(id, featuresKey)) {
            throw discarded(audio);
        }
        context.progress(1);
        return result(records.find(id).orElse(audio));
    }

    /** Stores the features beside the working copy; null when none were computed. */
    private String embed(StudioAudioFile audio, PcmFile working) throws IOException {
        Optional<FrameFeatures> features = embedding.extract(working);
        if (features.isEmpty()) {
            return null;
        }
        Path file = working.path().resolveSibling("features.bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            FeatureFile.write(features.get(), out);
        }
        String key = StudioBlobKeys.features(audio.datasetId(), audio.id());
        blobs.put(key, file, "application/octet-stream");
        return key;
    }

    /** The file was deleted (or failed) while this attempt ran: nothing it wrote is kept. */
    private JobFailedException discarded(StudioAudioFile audio) {
        if (records.find(audio.id()).isEmpty()) {
            blobs.deleteAll(StudioBlobKeys.audio(audio.datasetId(), audio.id()));
        }
        return new JobFailedException("the audio file " + audio.id() + " was deleted while it was processed");
    }

    private String result(StudioAudioFile audio) {
        return json.writeValueAsString(Map.of("audio_id", audio.id(), "processing_status", audio.status().wire()));
    }
}
