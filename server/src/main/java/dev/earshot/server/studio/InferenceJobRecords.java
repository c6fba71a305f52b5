package dev.earshot.server.studio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The rows of inference jobs, and what their files add up to. */
@Component
class InferenceJobRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InferenceJobRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    InferenceJob insert(String projectId, String modelId, InferenceConfig config) {
        String id = StudioIds.newId();
        jdbc.sql("""
                insert into studio_inference_jobs (id, project_id, model_id, config, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(id, projectId, modelId, json.writeValueAsString(config.view()), StudioTimes.now()).update();
        return find(id).orElseThrow();
    }

    Optional<InferenceJob> find(String id) {
        return jdbc.sql("select * from studio_inference_jobs where id = ?").param(id).query((row, n) -> row(row))
                .optional();
    }

    /** The inference job, if it belongs to the project. */
    Optional<InferenceJob> find(String projectId, String id) {
        return find(id).filter(job -> job.projectId().equals(projectId));
    }

    /** One page of the project's inference jobs, newest first. */
    List<InferenceJob> page(String projectId, PageRequest page) {
        return jdbc.sql("""
                select * from studio_inference_jobs where project_id = ? order by created_at desc, id
                offset ? rows fetch next ? rows only""").params(projectId, page.offset(), page.pageSize())
                .query((row, n) -> row(row)).list();
    }

    long count(String projectId) {
        return jdbc.sql("select count(*) from studio_inference_jobs where project_id = ?").param(projectId)
                .query(Long.class).single();
    }

    /** Marks the job cancelled; false when it was cancelled already. */
    boolean cancel(String id) {
        return jdbc.sql("update studio_inference_jobs set cancelled_at = ? where id = ? and cancelled_at is null")
                .params(StudioTimes.now(), id).update() > 0;
    }

    /** What the job's files add up to now. */
    Counts counts(String jobId) {
        Map<InferenceFileStatus, Integer> byStatus = new EnumMap<>(InferenceFileStatus.class);
        long[] detections = new long[1];
        Instant[] times = new Instant[2];
        jdbc.sql("""
                select status, count(*) as files, coalesce(sum(detection_count), 0) as detections,
                       min(started_at) as first_started, max(processed_at) as last_processed
                from studio_inference_files where inference_job_id = ? group by status""").param(jobId)
                .query(row -> {
                    byStatus.put(InferenceFileStatus.valueOf(row.getString("status")), row.getInt("files"));
                    detections[0] += row.getLong("detections");
                    times[0] = earliest(times[0], StudioTimes.read(row, "first_started"));
                    times[1] = latest(times[1], StudioTimes.read(row, "last_processed"));
                });
        return new Counts(byStatus, detections[0], times[0], times[1]);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private InferenceJob row(ResultSet row) throws SQLException {
        return new InferenceJob(row.getString("id"), row.getString("project_id"), row.getString("model_id"),
                InferenceConfig.of(StoredJson.object(json, row.getString("config"))),
                row.getString("error_message"), StudioTimes.read(row, "created_at"),
                StudioTimes.read(row, "cancelled_at"));
    }

    /**
     * The files of an inference job by status, their detections, when the first started and the last ended.
     */
    record Counts(Map<InferenceFileStatus, Integer> byStatus, long detections, Instant firstStarted,
                  Instant lastProcessed) {

        int of(InferenceFileStatus status) {
            return byStatus.getOrDefault(status, 0);
        }

        int total() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Files confirmed and not finished yet. */
        int outstanding() {
            return of(InferenceFileStatus.QUEUED) + of(InferenceFileStatus.PROCESSING);
        }
    }
}
