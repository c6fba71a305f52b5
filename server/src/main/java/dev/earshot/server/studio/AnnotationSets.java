package dev.earshot.server.studio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of annotation sets and their annotations. Changes of a set's annotations are conditional on the set
 * still being a draft, so a publish racing an edit leaves either the edit in the published set or a refusal.
 */
@Component
class AnnotationSets {

    private static final int VERSION_ATTEMPTS = 5;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AnnotationSets(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A new draft with the next version of its dataset, holding a copy of {@code copied}'s annotations. */
    @Transactional
    AnnotationSet create(String datasetId, AnnotationSet copied) {
        for (int attempt = 1; ; attempt++) {
            String id = StudioIds.newId();
            try {
                jdbc.sql("""
                        insert into studio_annotation_sets (id, dataset_id, version, status, created_at)
                        select ?, ?, coalesce(max(version), 0) + 1, 'draft', ? from studio_annotation_sets
                        where dataset_id = ?""").params(id, datasetId, StudioTimes.now(), datasetId).update();
            } catch (DuplicateKeyException e) {
                if (attempt == VERSION_ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            if (copied != null) {
                annotations(copied.id()).forEach(a -> insert(id, a.audioFileId(), a.artifactType(), a.startMs(),
                        a.endMs(), a.confidence(), a.extraData()));
            }
            return find(datasetId, id).orElseThrow();
        }
    }

    Optional<AnnotationSet> find(String datasetId, String id) {
        return jdbc.sql("select * from studio_annotation_sets where id = ? and dataset_id = ?")
                .params(id, datasetId).query((row, n) -> set(row)).optional();
    }

    List<AnnotationSet> page(String datasetId, PageRequest page) {
        return jdbc.sql("""
                select * from studio_annotation_sets where dataset_id = ? order by version
                offset ? rows fetch next ? rows only""").params(datasetId, page.offset(), page.pageSize())
                .query((row, n) -> set(row)).list();
    }

    long count(String datasetId) {
        return jdbc.sql("select count(*) from studio_annotation_sets where dataset_id = ?").param(datasetId)
                .query(Long.class).single();
    }

    /** The set's statistics: stored once published, counted for a draft. */
    AnnotationSet.Stats stats(AnnotationSet set) {
        if (set.stats() != null) {
            return set.stats();
        }
        Map<String, Long> byType = new LinkedHashMap<>();
        long[] totals = new long[2];
        jdbc.sql("""
                select artifact_type, count(*) as n, sum(end_ms - start_ms) as ms from studio_annotations
                where annotation_set_id = ? group by artifact_type order by artifact_type""").param(set.id())
                .query(row -> {
                    byType.put(row.getString("artifact_type"), row.getLong("n"));
                    totals[0] += row.getLong("n");
                    totals[1] += row.getLong("ms");
                });
        return new AnnotationSet.Stats(totals[0], totals[1], byType);
    }

    /** Publishes a draft with its statistics; false when it was published already. */
    @Transactional
    boolean publish(AnnotationSet set) {
        AnnotationSet.Stats stats = stats(new AnnotationSet(set.id(), set.datasetId(), set.version(), false, null,
                set.createdAt(), null));
        return jdbc.sql("""
                update studio_annotation_sets set status = 'published', published_at = ?, total_annotations = ?,
                       total_positive_duration_ms = ?, annotations_by_type = ?
                where id = ? and status = 'draft'""")
                .params(StudioTimes.now(), stats.totalAnnotations(), stats.totalPositiveDurationMs(),
                        json.writeValueAsString(stats.byType()), set.id())
                .update() > 0;
    }

    /** Deletes a draft with its annotations; false when it is published (or gone). */
    boolean deleteDraft(AnnotationSet set) {
        return jdbc.sql("delete from studio_annotation_sets where id = ? and status = 'draft'").param(set.id())
                .update() > 0;
    }

    List<Annotation> annotations(String setId) {
        return jdbc.sql("""
                select * from studio_annotations where annotation_set_id = ?
                order by audio_file_id, start_ms, end_ms, id""").param(setId)
                .query((row, n) -> annotation(row)).list();
    }

    Optional<Annotation> annotation(String setId, String id) {
        return jdbc.sql("select * from studio_annotations where id = ? and annotation_set_id = ?")
                .params(id, setId).query((row, n) -> annotation(row)).optional();
    }

    /** Adds annotations to a draft, all or none; false (and nothing added) when the set is no draft any more. */
    @Transactional
    boolean add(AnnotationSet set, List<AnnotationInput> inputs, List<String> ids) {
        if (!lockDraft(set)) {
            return false;
        }
        for (AnnotationInput input : inputs) {
            ids.add(insert(set.id(), input.audioFileId(), input.artifactType(), input.startMs(), input.endMs(),
                    input.confidence(), input.extraData()));
        }
        return true;
    }

    /** Replaces an annotation's values in a draft; false when the set is no draft any more. */
    @Transactional
    boolean update(AnnotationSet set, String id, AnnotationInput input) {
        if (!lockDraft(set)) {
            return false;
        }
        jdbc.sql("""
                update studio_annotations set audio_file_id = ?, artifact_type = ?, start_ms = ?, end_ms = ?,
                       confidence = ?, extra_data = ? where id = ? and annotation_set_id = ?""")
                .params(input.audioFileId(), input.artifactType(), input.startMs(), input.endMs(),
                        input.confidence(), json.writeValueAsString(input.extraData()), id, set.id())
                .update();
        return true;
    }

    @Transactional
    boolean delete(AnnotationSet set, String id) {
        if (!lockDraft(set)) {
            return false;
        }
        jdbc.sql("delete from studio_annotations where id = ? and annotation_set_id = ?").params(id, set.id())
                .update();
        return true;
    }

    /** Locks the set's row for the transaction; false unless it is still a draft. */
    private boolean lockDraft(AnnotationSet set) {
        return jdbc.sql("select status from studio_annotation_sets where id = ? for update").param(set.id())
                .query(String.class).optional().filter("draft"::equals).isPresent();
    }

    private String insert(String setId, String audioFileId, String type, long startMs, long endMs,
                          double confidence, Map<String, Object> extraData) {
        String id = StudioIds.newId();
        jdbc.sql("""
                insert into studio_annotations (id, annotation_set_id, audio_file_id, artifact_type, start_ms, end_ms,
                                                confidence, extra_data, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, setId, audioFileId, type, startMs, endMs, confidence,
                        json.writeValueAsString(extraData), StudioTimes.now())
                .update();
        return id;
    }

    @SuppressWarnings("unchecked")
    private AnnotationSet set(ResultSet row) throws SQLException {
        boolean published = "published".equals(row.getString("status"));
        AnnotationSet.Stats stats = null;
        if (published) {
            Map<String, Long> byType = new LinkedHashMap<>();
            ((Map<String, Number>) json.readValue(row.getString("annotations_by_type"), LinkedHashMap.class))
                    .forEach((type, count) -> byType.put(type, count.longValue()));
            stats = new AnnotationSet.Stats(row.getLong("total_annotations"),
                    row.getLong("total_positive_duration_ms"), byType);
        }
        return new AnnotationSet(row.getString("id"), row.getString("dataset_id"), row.getInt("version"), published,
                stats, StudioTimes.read(row, "created_at"), StudioTimes.read(row, "published_at"));
    }

    @SuppressWarnings("unchecked")
    private Annotation annotation(ResultSet row) throws SQLException {
        String extra = row.getString("extra_data");
        return new Annotation(row.getString("id"), row.getString("annotation_set_id"), row.getString("audio_file_id"),
                row.getString("artifact_type"), row.getLong("start_ms"), row.getLong("end_ms"),
                row.getDouble("confidence"), extra == null ? Map.of() : json.readValue(extra, LinkedHashMap.class),
                StudioTimes.read(row, "created_at"));
    }
}
