package dev.earshot.server.assets;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Datasets and their file records. */
@Repository
public class Datasets {

    private final JdbcClient jdbc;

    Datasets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates an empty dataset and returns it. */
    public Dataset create(String projectId, DatasetKind kind) {
        Dataset dataset = new Dataset(UUID.randomUUID().toString(), projectId, kind,
                OffsetDateTime.now(ZoneOffset.UTC));
        jdbc.sql("insert into datasets (id, project_id, kind, created_at) values (?, ?, ?, ?)")
                .params(dataset.id(), projectId, kind.name(), dataset.createdAt())
                .update();
        return dataset;
    }

    /** Adds a file record to a dataset; its id is generated. */
    public FileRecord addFile(String datasetId, int position, String fileName, String blobKey, String contentType,
                              long sizeBytes, Double durationSeconds, Integer sampleRate, Integer channels) {
        FileRecord record = new FileRecord(UUID.randomUUID().toString(), datasetId, position, fileName, blobKey,
                contentType, sizeBytes, durationSeconds, sampleRate, channels);
        jdbc.sql("""
                insert into file_records (id, dataset_id, position, file_name, blob_key, content_type, size_bytes,
                                          duration_seconds, sample_rate, channels, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.id(), datasetId, position, fileName, blobKey, contentType, sizeBytes,
                        durationSeconds, sampleRate, channels, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return record;
    }

    public Optional<Dataset> find(String id) {
        return jdbc.sql("select id, project_id, kind, created_at from datasets where id = ?")
                .param(id)
                .query((rs, n) -> new Dataset(rs.getString("id"), rs.getString("project_id"),
                        DatasetKind.valueOf(rs.getString("kind")), rs.getObject("created_at", OffsetDateTime.class)))
                .optional();
    }

    /** The dataset's files in position order. */
    public List<FileRecord> files(String datasetId) {
        return jdbc.sql("""
                select id, dataset_id, position, file_name, blob_key, content_type, size_bytes, duration_seconds,
                       sample_rate, channels
                from file_records where dataset_id = ? order by position""")
                .param(datasetId)
                .query((rs, n) -> new FileRecord(rs.getString("id"), rs.getString("dataset_id"), rs.getInt("position"),
                        rs.getString("file_name"), rs.getString("blob_key"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getObject("duration_seconds", Double.class),
                        rs.getObject("sample_rate", Integer.class), rs.getObject("channels", Integer.class)))
                .list();
    }

    /** Removes a dataset and its file records (not the blobs). */
    public void delete(String id) {
        jdbc.sql("delete from file_records where dataset_id = ?").param(id).update();
        jdbc.sql("delete from datasets where id = ?").param(id).update();
    }
}
