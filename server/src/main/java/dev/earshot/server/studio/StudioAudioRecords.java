package dev.earshot.server.studio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of audio files. Every change of state is a conditional update, so an upload, a confirmation, a
 * processing attempt and a delete racing each other each see whether they still apply.
 */
@Component
class StudioAudioRecords {

    private final JdbcClient jdbc;

    StudioAudioRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StudioAudioFile insert(String datasetId, String filename, String contentType, long declaredSize,
                           Instant uploadExpiresAt) {
        String id = StudioIds.newId();
        var now = StudioTimes.now();
        jdbc.sql("""
                insert into studio_audio (id, dataset_id, original_filename, content_type, declared_size, upload_key,
                                          upload_expires_at, processing_status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, datasetId, filename, contentType, declaredSize,
                        StudioBlobKeys.upload(datasetId, id, filename), StudioTimes.column(uploadExpiresAt),
                        ProcessingStatus.PENDING.name(), now, now)
                .update();
        return find(id).orElseThrow();
    }

    Optional<StudioAudioFile> find(String id) {
        return jdbc.sql("select * from studio_audio where id = ?").param(id).query((row, n) -> row(row)).optional();
    }

    Optional<StudioAudioFile> find(String datasetId, String id) {
        return find(id).filter(audio -> audio.datasetId().equals(datasetId));
    }

    Optional<StudioAudioFile> byUploadKey(String uploadKey) {
        return jdbc.sql("select * from studio_audio where upload_key = ?").param(uploadKey)
                .query((row, n) -> row(row)).optional();
    }

    /** One page of a dataset's files, newest first, of one status or all (null). */
    List<StudioAudioFile> page(String datasetId, ProcessingStatus status, PageRequest page) {
        return jdbc.sql("select * from studio_audio where dataset_id = :dataset and processing_status in (:statuses) "
                        + "order by created_at desc, id offset :offset rows fetch next :size rows only")
                .param("dataset", datasetId).param("statuses", statuses(status)).param("offset", page.offset())
                .param("size", page.pageSize()).query((row, n) -> row(row)).list();
    }

    long count(String datasetId, ProcessingStatus status) {
        return jdbc.sql("select count(*) from studio_audio where dataset_id = :dataset "
                        + "and processing_status in (:statuses)")
                .param("dataset", datasetId).param("statuses", statuses(status)).query(Long.class).single();
    }

    /** The dataset's files in a status, oldest first. */
    List<StudioAudioFile> inStatus(String datasetId, ProcessingStatus status) {
        return jdbc.sql("select * from studio_audio where dataset_id = ? and processing_status = ? "
                        + "order by created_at, id").params(datasetId, status.name())
                .query((row, n) -> row(row)).list();
    }

    /**
     * Records an accepted upload while the file is not confirmed yet.
     *
     * @return the blob of the upload it replaces ("" for none), or empty when the file was confirmed or deleted
     *         meanwhile and this upload must be thrown away
     */
    @Transactional
    Optional<String> recordUpload(String id, String originalKey, long size) {
        Optional<String> previous = jdbc.sql("""
                select coalesce(original_key, '') from studio_audio where id = ? and confirmed_at is null
                for update""").param(id).query(String.class).optional();
        previous.ifPresent(replaced -> jdbc.sql("""
                update studio_audio set original_key = ?, uploaded_size = ?, uploaded_at = ?, updated_at = ?
                where id = ?""").params(originalKey, size, StudioTimes.now(), StudioTimes.now(), id).update());
        return previous;
    }

    /** Marks an uploaded file confirmed; false when it was confirmed already (or has no upload). */
    boolean confirm(String id) {
        return jdbc.sql("""
                update studio_audio set confirmed_at = ?, updated_at = ?
                where id = ? and confirmed_at is null and original_key is not null""")
                .params(StudioTimes.now(), StudioTimes.now(), id).update() > 0;
    }

    /** Moves a file from one processing status to the next; false when it is no longer in {@code from}. */
    boolean advance(String id, ProcessingStatus from, ProcessingStatus to) {
        return jdbc.sql("update studio_audio set processing_status = ?, updated_at = ? "
                        + "where id = ? and processing_status = ?")
                .params(to.name(), StudioTimes.now(), id, from.name()).update() > 0;
    }

    /** Starts (or, after a stopped attempt, restarts) processing; false when the file is ready, failed or gone. */
    boolean startNormalizing(String id) {
        return jdbc.sql("update studio_audio set processing_status = ?, updated_at = ? "
                        + "where id = ? and confirmed_at is not null and processing_status in (?, ?, ?)")
                .params(ProcessingStatus.NORMALIZING.name(), StudioTimes.now(), id, ProcessingStatus.PENDING.name(),
                        ProcessingStatus.NORMALIZING.name(), ProcessingStatus.EMBEDDING.name()).update() > 0;
    }

    /** Confirmed files still pending since before {@code cutoff}, with their dataset's project: jobs to look for. */
    List<Map.Entry<StudioAudioFile, String>> confirmedPendingBefore(Instant cutoff) {
        return jdbc.sql("""
                select a.*, d.project_id from studio_audio a join studio_datasets d on d.id = a.dataset_id
                where a.confirmed_at is not null and a.processing_status = ? and a.confirmed_at < ?""")
                .params(ProcessingStatus.PENDING.name(), StudioTimes.column(cutoff))
                .query((row, n) -> Map.entry(row(row), row.getString("project_id"))).list();
    }

    /** Stores what normalizing found; false when the file left {@code normalizing} meanwhile. */
    boolean normalized(String id, long durationMs, int sampleRate, int channels, String workingKey) {
        return jdbc.sql("""
                update studio_audio set duration_ms = ?, sample_rate = ?, channels = ?, working_key = ?,
                                        processing_status = ?, updated_at = ?
                where id = ? and processing_status = ?""")
                .params(durationMs, sampleRate, channels, workingKey, ProcessingStatus.EMBEDDING.name(),
                        StudioTimes.now(), id, ProcessingStatus.NORMALIZING.name()).update() > 0;
    }

    /** Marks the file ready with its features; false when it left {@code embedding} meanwhile. */
    boolean ready(String id, String featuresKey) {
        return jdbc.sql("""
                update studio_audio set features_key = ?, processing_status = ?, updated_at = ?
                where id = ? and processing_status = ?""")
                .params(featuresKey, ProcessingStatus.READY.name(), StudioTimes.now(), id,
                        ProcessingStatus.EMBEDDING.name()).update() > 0;
    }

    /** Marks the file failed with a reason, unless it is ready already. */
    boolean fail(String id, String reason) {
        return jdbc.sql("""
                update studio_audio set processing_status = ?, failure = ?, updated_at = ?
                where id = ? and processing_status <> ? and processing_status <> ?""")
                .params(ProcessingStatus.FAILED.name(), reason, StudioTimes.now(), id,
                        ProcessingStatus.READY.name(), ProcessingStatus.FAILED.name()).update() > 0;
    }

    /** Files never confirmed whose upload form expired before {@code cutoff}. */
    List<StudioAudioFile> abandonedBefore(Instant cutoff, int limit) {
        return jdbc.sql("select * from studio_audio where confirmed_at is null and upload_expires_at < ? "
                        + "order by upload_expires_at fetch first ? rows only")
                .params(StudioTimes.column(cutoff), limit).query((row, n) -> row(row)).list();
    }

    /** Names of the published annotation sets that label the file. */
    List<Integer> publishedVersionsLabelling(String id) {
        return jdbc.sql("""
                select distinct s.version from studio_annotations a
                join studio_annotation_sets s on s.id = a.annotation_set_id
                where a.audio_file_id = ? and s.status = 'published' order by s.version""")
                .param(id).query(Integer.class).list();
    }

    boolean delete(String id) {
        return jdbc.sql("delete from studio_audio where id = ?").param(id).update() > 0;
    }

    /** Deletes the row of a file that was never confirmed; false when it was confirmed (or deleted) meanwhile. */
    boolean deleteUnconfirmed(String id) {
        return jdbc.sql("delete from studio_audio where id = ? and confirmed_at is null").param(id).update() > 0;
    }

    /** One status, or all of them for null. */
    private static List<String> statuses(ProcessingStatus status) {
        return status == null ? java.util.Arrays.stream(ProcessingStatus.values()).map(Enum::name).toList()
                : List.of(status.name());
    }

    private static StudioAudioFile row(ResultSet row) throws SQLException {
        return new StudioAudioFile(row.getString("id"), row.getString("dataset_id"),
                row.getString("original_filename"), row.getString("content_type"), row.getLong("declared_size"),
                row.getString("upload_key"), StudioTimes.read(row, "upload_expires_at"),
                row.getString("original_key"), row.getObject("uploaded_size", Long.class),
                StudioTimes.read(row, "uploaded_at"), StudioTimes.read(row, "confirmed_at"),
                ProcessingStatus.valueOf(row.getString("processing_status")), row.getString("failure"),
                row.getObject("duration_ms", Long.class), row.getObject("sample_rate", Integer.class),
                row.getObject("channels", Integer.class), row.getString("working_key"),
                row.getString("features_key"), StudioTimes.read(row, "created_at"),
                StudioTimes.read(row, "updated_at"));
    }
}
