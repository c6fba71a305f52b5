package dev.earshot.server.studio;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobListener;
import dev.earshot.server.jobs.JobState;
import dev.earshot.server.storage.BlobStore;
import org.springframework.stereotype.Component;

/**
 * A file's job that ended without success deletes the file's blobs, then fails the file with the job's reason: a file
 * that cannot be processed keeps its row and reason, and nothing else.
 */
@Component
class InferenceFileListener implements JobListener {

    static final String CANCELLED = "the inference job was cancelled before this file was processed";
    private final InferenceFileRecords files;
    private final BlobStore blobs;

    InferenceFileListener(InferenceFileRecords files, BlobStore blobs) {
        this.files = files;
        this.blobs = blobs;
    }

    @Override
    public void finished(Job job) {
        if (!job.kind().equals(InferenceFileWork.KIND) || job.state() == JobState.SUCCEEDED) {
            return;
        }
        String fileId = job.id().substring(job.id().indexOf('_') + 1);
        files.find(fileId).filter(file -> !file.status().finished()).ifPresent(file -> {
            blobs.deleteAll(InferenceFile.blobPrefix(file.inferenceJobId(), file.id()));
            files.fail(file.id(), job.state() == JobState.CANCELLED || job.failure() == null ? CANCELLED
                    : job.failure());
        });
    }
}
