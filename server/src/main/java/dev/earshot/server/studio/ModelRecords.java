package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.FrameGrid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The rows of trained models; one per training job, inserted once. */
@Component
class ModelRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ModelRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the model unless it exists; true when this call inserted it. */
    boolean insertIfAbsent(StudioModel model) {
        if (find(model.id()).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("""
                    insert into studio_models (id, project_id, training_job_id, dataset_id, name, artifact_types,
                                               chunk_size_ms, stride_ms, metrics, detector_key, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(model.id(), model.projectId(), model.trainingJobId(), model.datasetId(), model.name(),
                            json.writeValueAsString(model.artifactTypes()), model.grid().chunkMs(),
                            model.grid().strideMs(), json.writeValueAsString(model.metrics()), model.detectorKey(),
                            StudioTimes.column(model.createdAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<StudioModel> find(String id) {
        return jdbc.sql("select * from studio_models where id = ?").param(id).query((row, n) -> row(row)).optional();
    }

    /** The model, if it belongs to the project. */
    Optional<StudioModel> find(String projectId, String id) {
        return find(id).filter(model -> model.projectId().equals(projectId));
    }

    /** The project's models, newest first, {@code limit} of them from {@code offset}. */
    List<StudioModel> page(String projectId, long offset, int limit) {
        return jdbc.sql("""
                select * from studio_models where project_id = ? order by created_at desc, id
                offset ? rows fetch next ? rows only""").params(projectId, offset, limit)
                .query((row, n) -> row(row)).list();
    }

    long count(String projectId) {
        return jdbc.sql("select count(*) from studio_models where project_id = ?").param(projectId)
                .query(Long.class).single();
    }

    /** When the project was made: since then it has had the built-in model. */
    Instant projectCreatedAt(String projectId) {
        return jdbc.sql("select created_at from projects where id = ?").param(projectId)
                .query(OffsetDateTime.class).single().toInstant();
    }

    @SuppressWarnings("unchecked")
    private StudioModel row(ResultSet row) throws SQLException {
        return new StudioModel(row.getString("id"), row.getString("project_id"), row.getString("training_job_id"),
                row.getString("dataset_id"), row.getString("name"),
                json.readValue(row.getString("artifact_types"), List.class),
                new FrameGrid(row.getInt("chunk_size_ms"), row.getInt("stride_ms")),
                StoredJson.object(json, row.getString("metrics")), row.getString("detector_key"),
                StudioTimes.read(row, "created_at"));
    }
}
