package dev.earshot.server.studio;

import dev.earshot.server.storage.BlobStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Removes audio files whose upload was never confirmed, {@code abandoned-after} past their form's expiry: blobs
 * first (an upload that was stored but not confirmed included), then the row. Also queues the processing of a
 * confirmed file left without its job (a stop between the two writes of a confirmation).
 */
@Component
class UploadSweep {

    private static final Logger log = LoggerFactory.getLogger(UploadSweep.class);
    private static final int BATCH = 100;
    private static final Duration STRANDED_AFTER = Duration.ofSeconds(30);
    private final StudioAudioRecords records;
    private final BlobStore blobs;
    private final AudioProcessing processing;
    private final StudioSettings settings;

    UploadSweep(StudioAudioRecords records, BlobStore blobs, AudioProcessing processing, StudioSettings settings) {
        this.records = records;
        this.blobs = blobs;
        this.processing = processing;
        this.settings = settings;
    }

    /** Returns how many abandoned uploads were removed. */
    int sweep() {
        int removed = 0;
        List<StudioAudioFile> batch;
        do {
            batch = records.abandonedBefore(Instant.now().minus(settings.abandonedAfter()), BATCH);
            for (StudioAudioFile audio : batch) {
                blobs.deleteAll(StudioBlobKeys.audio(audio.datasetId(), audio.id()));
                if (records.deleteUnconfirmed(audio.id())) {
                    removed++;
                }
            }
        } while (batch.size() == BATCH);
        if (removed > 0) {
            log.info("{} abandoned studio upload(s) removed: their form expired unconfirmed", removed);
        }
        for (Map.Entry<StudioAudioFile, String> stranded
                : records.confirmedPendingBefore(Instant.now().minus(STRANDED_AFTER))) {
            if (!processing.hasJob(stranded.getKey())) {
                processing.start(stranded.getKey(), stranded.getValue(), null);
            }
        }
        return removed;
    }
}
