package dev.earshot.server.jobs;

import dev.earshot.server.storage.BlobStore;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Deletes finished jobs older than the retention period: first their blobs, then their rows. */
@Component
class JobRetention {

    private static final int BATCH = 100;
    private final JobRecords records;
    private final BlobStore blobs;
    private final JobSettings settings;

    JobRetention(JobRecords records, BlobStore blobs, JobSettings settings) {
        this.records = records;
        this.blobs = blobs;
        this.settings = settings;
    }

    /** Returns how many jobs were deleted. */
    int sweep() {
        Instant cutoff = Instant.now().minus(settings.retention());
        int deleted = 0;
        List<String> ids;
        do {
            ids = records.finishedBefore(cutoff, BATCH);
            for (String id : ids) {
                blobs.deleteAll("jobs/" + id + "/");
                records.delete(id);
                deleted++;
            }
        } while (ids.size() == BATCH);
        return deleted;
    }
}
