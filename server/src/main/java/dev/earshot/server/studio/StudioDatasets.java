package dev.earshot.server.studio;

import dev.earshot.server.storage.BlobStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The rows of datasets and their artifact types; a dataset is only ever found through its project. */
@Component
public class StudioDatasets {

    private final JdbcClient jdbc;
    private final BlobStore blobs;

    StudioDatasets(JdbcClient jdbc, BlobStore blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
    }

    @Transactional
    StudioDataset create(String projectId, String name, String description, List<ArtifactType> types) {
        String id = StudioIds.newId();
        var now = StudioTimes.now();
        jdbc.sql("""
                insert into studio_datasets (id, project_id, name, description, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?)""").params(id, projectId, name, description, now, now).update();
        insertTypes(id, types);
        return find(projectId, id).orElseThrow();
    }

    /** The dataset, if it exists and belongs to the project. */
    public Optional<StudioDataset> find(String projectId, String id) {
        return jdbc.sql("select * from studio_datasets where id = ? and project_id = ?").params(id, projectId)
                .query((row, n) -> row(row)).optional().map(this::withTypes);
    }

    /** The caller's dataset named by a path's {@code dataset_id}: a 422 for a bad id, "Dataset not found" else. */
    StudioDataset owned(StudioCallers.StudioCaller caller, String datasetId) {
        return find(caller.projectId(), StudioIds.path("dataset_id", datasetId))
                .orElseThrow(() -> StudioException.notFound("Dataset"));
    }

    List<StudioDataset> page(String projectId, PageRequest page) {
        return jdbc.sql("""
                select * from studio_datasets where project_id = ? order by created_at desc, id
                offset ? rows fetch next ? rows only""").params(projectId, page.offset(), page.pageSize())
                .query((row, n) -> row(row)).list().stream().map(this::withTypes).toList();
    }

    long count(String projectId) {
        return jdbc.sql("select count(*) from studio_datasets where project_id = ?").param(projectId)
                .query(Long.class).single();
    }

    /** Audio files and annotation sets of the dataset, as Relay's lists show them. */
    Map<String, Object> counts(String datasetId) {
        long audio = jdbc.sql("select count(*) from studio_audio where dataset_id = ?").param(datasetId)
                .query(Long.class).single();
        long sets = jdbc.sql("select count(*) from studio_annotation_sets where dataset_id = ?").param(datasetId)
                .query(Long.class).single();
        return Map.of("audio_count", audio, "annotation_set_count", sets);
    }

    /** Changes what is given (null: unchanged); a new type list replaces the old one. */
    @Transactional
    StudioDataset update(StudioDataset dataset, String name, String description, List<ArtifactType> types) {
        jdbc.sql("update studio_datasets set name = ?, description = ?, updated_at = ? where id = ?")
                .params(name == null ? dataset.name() : name,
                        description == null ? dataset.description() : description, StudioTimes.now(), dataset.id())
                .update();
        if (types != null) {
            jdbc.sql("delete from studio_artifact_types where dataset_id = ?").param(dataset.id()).update();
            insertTypes(dataset.id(), types);
        }
        return find(dataset.projectId(), dataset.id()).orElseThrow();
    }

    /** How many annotations (of any set) use each of the dataset's types. */
    Map<String, Long> typeUse(String datasetId) {
        return jdbc.sql("""
                select a.artifact_type, count(*) as uses from studio_annotations a
                join studio_annotation_sets s on s.id = a.annotation_set_id
                where s.dataset_id = ? group by a.artifact_type""").param(datasetId)
                .query((row, n) -> Map.entry(row.getString("artifact_type"), row.getLong("uses"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Deletes the dataset's blobs, then its rows (audio, sets and annotations go with it). */
    void delete(StudioDataset dataset) {
        blobs.deleteAll(StudioBlobKeys.dataset(dataset.id()));
        jdbc.sql("delete from studio_datasets where id = ?").param(dataset.id()).update();
    }

    private void insertTypes(String datasetId, List<ArtifactType> types) {
        for (int i = 0; i < types.size(); i++) {
            ArtifactType type = types.get(i);
            jdbc.sql("""
                    insert into studio_artifact_types (dataset_id, position, name, description, color)
                    values (?, ?, ?, ?, ?)""").params(datasetId, i, type.name(), type.description(), type.color())
                    .update();
        }
    }

    private StudioDataset withTypes(StudioDataset dataset) {
        List<ArtifactType> types = jdbc.sql("""
                select name, description, color from studio_artifact_types where dataset_id = ? order by position""")
                .param(dataset.id())
                .query((row, n) -> new ArtifactType(row.getString("name"), row.getString("description"),
                        row.getString("color"))).list();
        return new StudioDataset(dataset.id(), dataset.projectId(), dataset.name(), dataset.description(), types,
                dataset.createdAt(), dataset.updatedAt());
    }

    private static StudioDataset row(ResultSet row) throws SQLException {
        Instant created = StudioTimes.read(row, "created_at");
        return new StudioDataset(row.getString("id"), row.getString("project_id"), row.getString("name"),
                row.getString("description"), List.of(), created, StudioTimes.read(row, "updated_at"));
    }
}
