package dev.earshot.server.auth;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which projects a caller may use. A key with rows in api_key_projects may use exactly those projects.
 * A key with no rows may use every project if it has the {@code admin} scope, and none otherwise.
 */
@Component
public class ProjectAccess {
    private final Projects projects;
    private final JdbcClient jdbc;

    ProjectAccess(Projects projects, JdbcClient jdbc) {
        this.projects = projects;
        this.jdbc = jdbc;
    }

    public Optional<Project> find(String name) {
        return projects.findByName(name);
    }

    public boolean allows(ApiCaller caller, Project project) {
        if (caller == null || project == null) {
            return false;
        }
        long granted = jdbc.sql("select count(*) from api_key_projects where key_id = ?")
                .param(caller.keyId()).query(Long.class).single();
        if (granted == 0) {
            return caller.isAdmin();
        }
        return jdbc.sql("select count(*) from api_key_projects where key_id = ? and project_id = ?")
                .params(caller.keyId(), project.id()).query(Long.class).single() > 0;
    }
}
