package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.server.storage.SafeFileName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of inference files. Every change of status is conditional, and the detections are written only by the
 * attempt that still owns the file's job, so a file ends once, with one set of detections.
 */
@Component
class InferenceFileRecords {

    private static final String UNFINISHED = "('PENDING', 'QUEUED', 'PROCESSING')";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    InferenceFileRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    InferenceFile insert(String jobId, String filename, String contentType, long declaredSize, Instant expiresAt) {
        String id = StudioIds.newId();
        jdbc.sql("""
                insert into studio_inference_files (id, inference_job_id, original_filename, content_type,
                       declared_size, upload_key, upload_expires_at, status, detection_count, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""")
                .params(id, jobId, filename, contentType, declaredSize,
                        InferenceFile.blobPrefix(jobId, id) + "original/" + SafeFileName.of(filename),
                        StudioTimes.column(expiresAt), StudioTimes.now())
                .update();
        return find(id).orElseThrow();
    }

    Optional<InferenceFile> find(String id) {
        return jdbc.sql("select * from studio_inference_files where id = ?").param(id).query((row, n) -> row(row))
                .optional();
    }

    Optional<InferenceFile> find(String jobId, String id) {
        return find(id).filter(file -> file.inferenceJobId().equals(jobId));
    }

    Optional<InferenceFile> byUploadKey(String uploadKey) {
        return jdbc.sql("select * from studio_inference_files where upload_key = ?").param(uploadKey)
                .query((row, n) -> row(row)).optional();
    }

    /** The job's files, oldest first. */
    List<InferenceFile> ofJob(String jobId) {
        return jdbc.sql("select * from studio_inference_files where inference_job_id = ? order by created_at, id")
                .param(jobId).query((row, n) -> row(row)).list();
    }

    /** Records an accepted upload while the file is pending; see {@link UploadTarget#recordUpload}. */
    @Transactional
    Optional<String> recordUpload(String id, String originalKey, long size) {
        Optional<String> previous = jdbc.sql("""
                select coalesce(original_key, '') from studio_inference_files where id = ? and status = 'PENDING'
                for update""").param(id).query(String.class).optional();
        previous.ifPresent(replaced -> jdbc.sql("""
                update studio_inference_files set original_key = ?, uploaded_size = ? where id = ?""")
                .params(originalKey, size, id).update());
        return previous;
    }

    /** Queues an uploaded file; false when it was confirmed already (or has no upload). */
    boolean confirm(String id) {
        return jdbc.sql("""
                update studio_inference_files set status = 'QUEUED', confirmed_at = ?
                where id = ? and status = 'PENDING' and original_key is not null""")
                .params(StudioTimes.now(), id).update() > 0;
    }

    /** Starts (or restarts, after a stopped attempt) processing; false when the file is finished. */
    boolean startProcessing(String id) {
        return jdbc.sql("""
                update studio_inference_files set status = 'PROCESSING', started_at = coalesce(started_at, ?)
                where id = ? and status in ('QUEUED', 'PROCESSING')""")
                .params(StudioTimes.now(), id).update() > 0;
    }

    /**
     * Stores the detections of attempt {@code attempt} of job {@code jobId}; false (and nothing stored) unless that
     * attempt still owns the job and the file is processing.
     */
    boolean complete(String id, String jobId, int attempt, long durationMs, List<ArtifactEvent> detections) {
        return jdbc.sql("""
                update studio_inference_files set status = 'COMPLETED', duration_ms = ?, detections = ?,
                       detection_count = ?, processed_at = ?
                where id = ? and status = 'PROCESSING'
                  and exists (select 1 from jobs where id = ? and state = 'RUNNING' and attempts = ?)""")
                .params(durationMs, json.writeValueAsString(detections.stream().map(InferenceFileRecords::view)
                        .toList()), detections.size(), StudioTimes.now(), id, jobId, attempt).update() > 0;
    }

    /** Fails a file that is not finished, with a reason; false when it was finished already. */
    boolean fail(String id, String reason) {
        return jdbc.sql("update studio_inference_files set status = 'FAILED', error_message = ?, processed_at = ? "
                        + "where id = ? and status in " + UNFINISHED)
                .params(reason, StudioTimes.now(), id).update() > 0;
    }

    /** Files never confirmed whose upload form expired before {@code cutoff}. */
    List<InferenceFile> abandonedBefore(Instant cutoff, int limit) {
        return jdbc.sql("select * from studio_inference_files where status = 'PENDING' and upload_expires_at < ? "
                        + "order by upload_expires_at fetch first ? rows only")
                .params(StudioTimes.column(cutoff), limit).query((row, n) -> row(row)).list();
    }

    /** Files queued since before {@code cutoff}: jobs to look for. */
    List<InferenceFile> queuedBefore(Instant cutoff) {
        return jdbc.sql("select * from studio_inference_files where status = 'QUEUED' and confirmed_at < ?")
                .param(StudioTimes.column(cutoff)).query((row, n) -> row(row)).list();
    }

    /** Deletes a file that was never confirmed; false when it was confirmed (or deleted) meanwhile. */
    boolean deletePending(String id) {
        return jdbc.sql("delete from studio_inference_files where id = ? and status = 'PENDING'").param(id)
                .update() > 0;
    }

    /** A detection as Relay shows it. */
    static Map<String, Object> view(ArtifactEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("artifact_type", event.type());
        view.put("start_ms", event.startMs());
        view.put("end_ms", event.endMs());
        view.put("confidence", event.confidence());
        return view;
    }

    private InferenceFile row(ResultSet row) throws SQLException {
        String detections = row.getString("detections");
        return new InferenceFile(row.getString("id"), row.getString("inference_job_id"),
                row.getString("original_filename"), row.getString("content_type"), row.getLong("declared_size"),
                row.getString("upload_key"), StudioTimes.read(row, "upload_expires_at"), row.getString("original_key"),
                StudioTimes.read(row, "confirmed_at"), InferenceFileStatus.valueOf(row.getString("status")),
                row.getString("error_message"), row.getObject("duration_ms", Long.class),
                detections == null ? null : events(detections), row.getInt("detection_count"),
                StudioTimes.read(row, "started_at"), StudioTimes.read(row, "processed_at"),
                StudioTimes.read(row, "created_at"));
    }

    @SuppressWarnings("unchecked")
    private List<ArtifactEvent> events(String stored) {
        return ((List<Map<String, Object>>) json.readValue(stored, List.class)).stream()
                .map(d -> new ArtifactEvent((String) d.get("artifact_type"), ((Number) d.get("start_ms")).longValue(),
                        ((Number) d.get("end_ms")).longValue(), ((Number) d.get("confidence")).doubleValue()))
                .toList();
    }
}
