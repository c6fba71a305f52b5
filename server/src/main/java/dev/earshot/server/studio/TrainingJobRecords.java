package dev.earshot.server.studio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The rows of training jobs. The end of a job is written once: only while no end is stored. */
@Component
class TrainingJobRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TrainingJobRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    TrainingJob insert(String projectId, String datasetId, String setId, TrainingJobConfig config) {
        String id = StudioIds.newId();
        jdbc.sql("""
                insert into studio_training_jobs (id, project_id, dataset_id, annotation_set_id, config, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, projectId, datasetId, setId, json.writeValueAsString(config.view()), StudioTimes.now())
                .update();
        return find(id).orElseThrow();
    }

    Optional<TrainingJob> find(String id) {
        return jdbc.sql("select * from studio_training_jobs where id = ?").param(id).query((row, n) -> row(row))
                .optional();
    }

    /** The training job, if it belongs to the project. */
    Optional<TrainingJob> find(String projectId, String id) {
        return find(id).filter(job -> job.projectId().equals(projectId));
    }

    /** One page of the project's training jobs, newest first. */
    List<TrainingJob> page(String projectId, PageRequest page) {
        return jdbc.sql("""
                select * from studio_training_jobs where project_id = ? order by created_at desc, id
                offset ? rows fetch next ? rows only""").params(projectId, page.offset(), page.pageSize())
                .query((row, n) -> row(row)).list();
    }

    long count(String projectId) {
        return jdbc.sql("select count(*) from studio_training_jobs where project_id = ?").param(projectId)
                .query(Long.class).single();
    }

    /** Training jobs whose end is not stored yet. */
    List<TrainingJob> unfinished() {
        return jdbc.sql("select * from studio_training_jobs where status is null order by created_at")
                .query((row, n) -> row(row)).list();
    }

    /** Notes when the first attempt started (later attempts leave it). */
    void started(String id, Instant at) {
        jdbc.sql("update studio_training_jobs set started_at = coalesce(started_at, ?) where id = ?")
                .params(StudioTimes.column(at), id).update();
    }

    /** Stores how the job ended; false when an end was stored already. */
    boolean finish(String id, TrainingStatus status, double progress, String errorMessage, Instant at) {
        return jdbc.sql("""
                update studio_training_jobs set status = ?, progress = ?, error_message = ?, completed_at = ?
                where id = ? and status is null""")
                .params(status.wire(), progress, errorMessage, StudioTimes.column(at), id).update() > 0;
    }

    private TrainingJob row(ResultSet row) throws SQLException {
        String status = row.getString("status");
        TrainingJobConfig config = TrainingJobConfig.of(StoredJson.object(json, row.getString("config")));
        return new TrainingJob(row.getString("id"), row.getString("project_id"), row.getString("dataset_id"),
                row.getString("annotation_set_id"), config, status == null ? null : TrainingStatus.of(status),
                row.getObject("progress", Double.class), row.getString("error_message"),
                StudioTimes.read(row, "created_at"), StudioTimes.read(row, "started_at"),
                StudioTimes.read(row, "completed_at"));
    }
}
