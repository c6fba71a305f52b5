package dev.earshot.server.enhance;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.AudioInfo;
import dev.earshot.engine.audio.AudioProbe;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.VideoProbe;
import dev.earshot.engine.audio.VideoStreamInfo;
import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.Project;
import dev.earshot.server.storage.BlobStore;
import dev.earshot.server.system.WorkFolders;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files: probed by content, then decoded once as a job will decode them (about 0.25 s for 5 minutes of
 * MP3), so that empty, non-media, sample-less and cut-short files are refused before anything is stored; kept as a
 * blob under {@code uploads/<fileId>/} with a row naming its project. A failed upload leaves nothing behind.
 */
@Component
class Uploads {

    private static final String PREFIX = "uploads/";
    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final WorkFolders folders;
    private final EnhanceSettings settings;
    private final AudioProbe probe = new AudioProbe();
    private final VideoProbe videoProbe = new VideoProbe();
    private final AudioDecoder decoder = new AudioDecoder();

    Uploads(JdbcClient jdbc, BlobStore blobs, WorkFolders folders, EnhanceSettings settings) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.folders = folders;
        this.settings = settings;
    }

    /**
     * Checks and stores an upload.
     *
     * @param extension the normal extension to name and describe it by ("" for none)
     */
    UploadRecord receive(ApiCaller caller, Project project, MultipartFile file, String extension) throws IOException {
        String displayName = DisplayName.of(file.getOriginalFilename(), "upload");
        if (file.getSize() == 0) {
            throw EnhanceDoorException.badRequest("the file '" + displayName + "' is empty");
        }
        if (file.getSize() > settings.maxFileBytes()) {
            throw EnhanceDoorException.tooLarge("the file is " + file.getSize() + " bytes; the limit is "
                    + settings.maxFileBytes() + " bytes (EARSHOT_ENHANCE_MAX_FILE_BYTES)");
        }
        Path dir = folders.create("upload-");
        try {
            Path local = dir.resolve(Extensions.inputName(extension));
            file.transferTo(local);
            AudioInfo info = probe.probe(local, displayName);
            String videoCodec = info.hasVideo()
                    ? videoProbe.probe(local, displayName).map(VideoStreamInfo::codec).orElse(null) : null;
            double seconds = decodedSeconds(local, displayName);
            String id = UUID.randomUUID().toString();
            UploadRecord upload = new UploadRecord(id, displayName, project.id(), extension,
                    PREFIX + id + "/" + local.getFileName(), file.getSize(), seconds, videoCodec);
            store(upload, local, caller);
            return upload;
        } finally {
            WorkFolders.delete(dir);
        }
    }

    Optional<UploadRecord> find(String id) {
        return jdbc.sql("""
                select id, file_name, project_id, extension, blob_key, size_bytes, duration_seconds, video_codec
                from enhance_uploads where id = ?""")
                .param(id)
                .query((rs, n) -> new UploadRecord(rs.getString("id"), rs.getString("file_name"),
                        rs.getString("project_id"), rs.getString("extension"), rs.getString("blob_key"),
                        rs.getLong("size_bytes"), rs.getObject("duration_seconds", Double.class),
                        rs.getString("video_codec")))
                .optional();
    }

    /** Deletes uploads received before {@code cutoff}, blobs first; returns how many. */
    int deleteBefore(Instant cutoff) {
        List<String> ids = jdbc.sql("select id from enhance_uploads where created_at < ?")
                .param(cutoff.atOffset(ZoneOffset.UTC)).query(String.class).list();
        for (String id : ids) {
            blobs.deleteAll(PREFIX + id + "/");
            jdbc.sql("delete from enhance_uploads where id = ?").param(id).update();
        }
        return ids.size();
    }

    private void store(UploadRecord upload, Path local, ApiCaller caller) {
        blobs.put(upload.blobKey(), local, "application/octet-stream");
        try {
            jdbc.sql("""
                    insert into enhance_uploads (id, file_name, project_id, key_id, extension, blob_key, size_bytes,
                                                 duration_seconds, video_codec, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(upload.id(), upload.fileName(), upload.projectId(), caller.keyId(), upload.extension(),
                            upload.blobKey(), upload.sizeBytes(), upload.durationSeconds(), upload.videoCodec(),
                            OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        } catch (RuntimeException e) {
            blobs.delete(upload.blobKey());
            throw e;
        }
    }

    /** Decodes the upload as a job will (native rate, mixed to mono: the same frames) and returns its length. */
    private double decodedSeconds(Path local, String displayName) {
        try {
            return decoder.decodedSeconds(local, displayName, local.resolveSibling("decode-check.pcm"),
                    new DecodeOptions(0, true, settings.decodeTimeout()));
        } catch (UndecodableAudioException e) {
            throw EnhanceDoorException.badRequest(e.getMessage());
        }
    }
}
