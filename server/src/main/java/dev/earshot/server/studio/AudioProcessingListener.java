package dev.earshot.server.studio;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobListener;
import dev.earshot.server.jobs.JobState;
import dev.earshot.server.storage.BlobStore;
import org.springframework.stereotype.Component;

/**
 * A processing job that ended without success deletes the file's blobs, then fails the file with the job's reason:
 * a file that cannot be processed keeps its row (and reason) until its owner deletes it, and nothing else.
 */
@Component
class AudioProcessingListener implements JobListener {

    private final StudioAudioRecords records;
    private final BlobStore blobs;

    AudioProcessingListener(StudioAudioRecords records, BlobStore blobs) {
        this.records = records;
        this.blobs = blobs;
    }

    @Override
    public void finished(Job job) {
        if (!job.kind().equals(AudioProcessing.KIND) || job.state() == JobState.SUCCEEDED) {
            return;
        }
        String audioId = job.id().substring(job.id().indexOf('_') + 1);
        records.find(audioId).filter(audio -> audio.status() != ProcessingStatus.READY
                && audio.status() != ProcessingStatus.FAILED).ifPresent(audio -> {
                    blobs.deleteAll(StudioBlobKeys.audio(audio.datasetId(), audio.id()));
                    records.fail(audio.id(), job.failure() == null ? "processing was cancelled" : job.failure());
                });
    }
}
