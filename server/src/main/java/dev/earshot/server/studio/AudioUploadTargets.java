package dev.earshot.server.studio;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The audio files of datasets as targets of upload forms. */
@Component
class AudioUploadTargets implements UploadTarget.Finder {

    private final StudioAudioRecords records;

    AudioUploadTargets(StudioAudioRecords records) {
        this.records = records;
    }

    @Override
    public Optional<UploadTarget> byUploadKey(String uploadKey) {
        return records.byUploadKey(uploadKey).map(audio -> new UploadTarget() {
            @Override
            public boolean confirmed() {
                return audio.confirmedAt() != null;
            }

            @Override
            public String contentType() {
                return audio.contentType();
            }

            @Override
            public String newBlobKey() {
                return StudioBlobKeys.uploadAttempt(audio.datasetId(), audio.id(), audio.originalFilename());
            }

            @Override
            public Optional<String> recordUpload(String blobKey, long size) {
                return records.recordUpload(audio.id(), blobKey, size);
            }
        });
    }
}
