package dev.earshot.server.submissions;

import dev.earshot.server.storage.BlobStore;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The audios of the submissions door: a row per audio and its blob, written blob first, deleted row first. */
@Component
class SubmissionAudios {

    private static final String COLUMNS = "id, owner, name, blob_key, content_type, size_bytes, duration_seconds, "
            + "created_at";

    private final JdbcClient jdbc;
    private final BlobStore blobs;

    SubmissionAudios(JdbcClient jdbc, BlobStore blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
    }

    /** Stores the file and its row; a failed row write removes the blob again. */
    SubmissionAudio add(String owner, String name, String storedName, Path file, String contentType, long size,
                        double seconds) {
        String key = "submissions/audios/" + UUID.randomUUID() + "/" + storedName;
        blobs.put(key, file, contentType);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        try {
            GeneratedKeyHolder id = new GeneratedKeyHolder();
            jdbc.sql("insert into sub_audios (owner, name, blob_key, content_type, size_bytes, duration_seconds, "
                            + "created_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(owner, name, key, contentType, size, seconds, now)
                    .update(id, "id");
            return new SubmissionAudio(id.getKey().longValue(), owner, name, key, contentType, size, seconds, now);
        } catch (RuntimeException e) {
            blobs.delete(key);
            throw e;
        }
    }

    Optional<SubmissionAudio> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from sub_audios where id = ?").param(id)
                .query(SubmissionAudio.class).optional();
    }

    List<SubmissionAudio> ownedBy(String owner) {
        return jdbc.sql("select " + COLUMNS + " from sub_audios where owner = ? order by id").param(owner)
                .query(SubmissionAudio.class).list();
    }

    void delete(SubmissionAudio audio) {
        jdbc.sql("delete from sub_audios where id = ?").param(audio.id()).update();
        blobs.delete(audio.blobKey());
    }
}
