package dev.earshot.server.studio;

import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.storage.BlobStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Removes inference files whose upload was never confirmed, {@code abandoned-after} past their form's expiry (blobs
 * first, then the row), and queues a confirmed file left without its job (a stop between the two writes of a
 * confirmation). Runs with the dataset uploads' sweep ({@link UploadSweep}).
 */
@Component
class InferenceUploadSweep {

    private static final Logger log = LoggerFactory.getLogger(InferenceUploadSweep.class);
    private static final int BATCH = 100;
    private static final Duration STRANDED_AFTER = Duration.ofSeconds(30);
    private final InferenceFileRecords files;
    private final InferenceJobRecords inferences;
    private final InferenceFileWork work;
    private final BlobStore blobs;
    private final ObjectProvider<JobQueue> jobs;
    private final StudioSettings settings;

    InferenceUploadSweep(InferenceFileRecords files, InferenceJobRecords inferences, InferenceFileWork work,
                         BlobStore blobs, ObjectProvider<JobQueue> jobs, StudioSettings settings) {
        this.files = files;
        this.inferences = inferences;
        this.work = work;
        this.blobs = blobs;
        this.jobs = jobs;
        this.settings = settings;
    }

    /** Returns how many abandoned uploads were removed. */
    int sweep() {
        int removed = 0;
        List<InferenceFile> batch;
        do {
            batch = files.abandonedBefore(Instant.now().minus(settings.abandonedAfter()), BATCH);
            for (InferenceFile file : batch) {
                blobs.deleteAll(InferenceFile.blobPrefix(file.inferenceJobId(), file.id()));
                if (files.deletePending(file.id())) {
                    removed++;
                }
            }
        } while (batch.size() == BATCH);
        if (removed > 0) {
            log.info("{} abandoned inference upload(s) removed: their form expired unconfirmed", removed);
        }
        for (InferenceFile stranded : files.queuedBefore(Instant.now().minus(STRANDED_AFTER))) {
            if (jobs.getObject().find(stranded.jobId()).isEmpty()) {
                inferences.find(stranded.inferenceJobId())
                        .ifPresent(job -> work.submit(stranded, job.projectId(), null));
            }
        }
        return removed;
    }
}
