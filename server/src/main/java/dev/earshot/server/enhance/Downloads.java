package dev.earshot.server.enhance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The random ids of download paths and their jobs. An id is made when the job is submitted, so a result is only
 * reachable through a path its submitter was given (a capability URL: whoever has the path may download).
 */
@Repository
class Downloads {

    static final String PATH_PREFIX = "dl/artifacts/clean/enhanced_";
    private final JdbcClient jdbc;

    Downloads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The path under {@code /v1/} where a job's result is served. */
    static String path(String downloadId, String extension) {
        return PATH_PREFIX + downloadId + "." + extension;
    }

    void create(String downloadId, String jobId) {
        jdbc.sql("insert into enhance_downloads (id, job_id, created_at) values (?, ?, ?)")
                .params(downloadId, jobId, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    Optional<String> jobOf(String downloadId) {
        return jdbc.sql("select job_id from enhance_downloads where id = ?").param(downloadId)
                .query(String.class).optional();
    }

    void delete(String downloadId) {
        jdbc.sql("delete from enhance_downloads where id = ?").param(downloadId).update();
    }

    /** Removes the ids of jobs that no longer exist (deleted by job retention); returns how many. */
    int deleteOrphans() {
        return jdbc.sql("delete from enhance_downloads d where not exists (select 1 from jobs j where j.id = d.job_id)")
                .update();
    }
}
