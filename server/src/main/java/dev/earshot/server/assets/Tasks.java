package dev.earshot.server.assets;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks and the datasets linked to them. */
@Repository
public class Tasks {

    private final JdbcClient jdbc;

    Tasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new running task and returns its id. */
    public String start(String projectId, String keyId, String userEmail, String kind, String request) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into tasks (id, project_id, key_id, user_email, kind, status, request, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, projectId, keyId, userEmail, kind, TaskStatus.RUNNING.name(), request,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return id;
    }

    /** Links a dataset to a task in a role such as INPUT or OUTPUT. */
    public void link(String taskId, String datasetId, DatasetKind role) {
        jdbc.sql("insert into task_datasets (task_id, dataset_id, role) values (?, ?, ?)")
                .params(taskId, datasetId, role.name())
                .update();
    }

    public void complete(String taskId, String result) {
        finish(taskId, TaskStatus.COMPLETED, result, null);
    }

    public void fail(String taskId, String error) {
        finish(taskId, TaskStatus.FAILED, null, error);
    }

    public Optional<Task> find(String id) {
        return jdbc.sql("""
                select id, project_id, key_id, user_email, kind, status, request, result, error, created_at,
                       finished_at
                from tasks where id = ?""")
                .param(id)
                .query((rs, n) -> new Task(rs.getString("id"), rs.getString("project_id"), rs.getString("key_id"),
                        rs.getString("user_email"), rs.getString("kind"), TaskStatus.valueOf(rs.getString("status")),
                        rs.getString("request"), rs.getString("result"), rs.getString("error"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class)))
                .optional();
    }

    /** Ids of the task linked to a dataset (a dataset belongs to at most one task in practice). */
    public List<String> tasksOf(String datasetId) {
        return jdbc.sql("select task_id from task_datasets where dataset_id = ?")
                .param(datasetId)
                .query(String.class)
                .list();
    }

    private void finish(String taskId, TaskStatus status, String result, String error) {
        jdbc.sql("update tasks set status = ?, result = ?, error = ?, finished_at = ? where id = ?")
                .params(status.name(), result, error, OffsetDateTime.now(ZoneOffset.UTC), taskId)
                .update();
    }
}
