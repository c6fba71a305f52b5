package dev.earshot.server.ingest;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.Project;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobContext;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.NewJob;
import dev.earshot.server.storage.BlobStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an accepted upload into a queued job: stores the file under the job's input prefix, then submits the
 * job. If the submit fails the stored file is removed again, so a refused upload leaves no row and no blob.
 * The stored copy is named by its detected format ({@code upload.mp3}); the client's file name is never used
 * on disk.
 */
@Component
class IngestSubmissions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JobQueue queue;
    private final BlobStore blobs;
    private final JsonMapper json;

    IngestSubmissions(JobQueue queue, BlobStore blobs, JsonMapper json) {
        this.queue = queue;
        this.blobs = blobs;
        this.json = json;
    }

    Job submit(ApiCaller caller, Project project, IngestRequest request, String fileName,
               UploadInspector.InspectedAudio audio, Path upload) {
        String id = newJobId();
        String key = JobContext.inputPrefix(id) + "upload." + audio.format().extension();
        IngestInput input = new IngestInput(request.pipeline(), request.language(), request.speechLanguage(),
                request.metadata(), fileName, audio.size(), audio.durationSeconds(), audio.format(), key);
        blobs.put(key, upload, audio.format().contentType());
        try {
            return queue.submit(new NewJob(id, IngestWork.KIND, project.id(), caller.keyId(), input.toJson(json),
                    audio.decodedSeconds(), request.webhookUrl(), false));
        } catch (RuntimeException e) {
            blobs.deleteAll(JobContext.inputPrefix(id));
            throw e;
        }
    }

    /** {@code job_} and 12 lowercase hex digits (48 random bits). */
    static String newJobId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "job_" + HexFormat.of().formatHex(bytes);
    }
}
