package dev.earshot.server.studio;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The files of inference jobs as targets of upload forms. */
@Component
class InferenceUploadTargets implements UploadTarget.Finder {

    private final InferenceFileRecords files;

    InferenceUploadTargets(InferenceFileRecords files) {
        this.files = files;
    }

    @Override
    public Optional<UploadTarget> byUploadKey(String uploadKey) {
        return files.byUploadKey(uploadKey).map(file -> new UploadTarget() {
            @Override
            public boolean confirmed() {
                return file.status() != InferenceFileStatus.PENDING;
            }

            @Override
            public String contentType() {
                return file.contentType();
            }

            @Override
            public String newBlobKey() {
                return InferenceFile.blobPrefix(file.inferenceJobId(), file.id()) + "upload-"
                        + StudioIds.newId().substring(0, 8) + "/"
                        + file.uploadKey().substring(file.uploadKey().lastIndexOf('/') + 1);
            }

            @Override
            public Optional<String> recordUpload(String blobKey, long size) {
                return files.recordUpload(file.id(), blobKey, size);
            }
        });
    }
}
