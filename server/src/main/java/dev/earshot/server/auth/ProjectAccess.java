package dev.earshot.server.auth;

import dev.earshot.server.system.EarshotProperties;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which projects a caller may use. A key with rows in api_key_projects may use exactly those projects.
 * A key with no rows may use every project if it has the {@code admin} scope (the bootstrap key is such a key),
 * and none otherwise.
 */
@Component
public class ProjectAccess {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectAccess.class);
    private final Projects projects;
    private final JdbcClient jdbc;

    private final String defaultProject;

    ProjectAccess(Projects projects, JdbcClient jdbc, EarshotProperties properties) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.defaultProject = properties.bootstrap().project();
    }

    /**
     * The project a door without a project field files the caller's work under: the key's only project, the
     * first it was granted when it has several, or the bootstrap project for an admin key with no grants.
     */
    public Optional<Project> homeProject(ApiCaller caller) {
        Optional<String> granted = jdbc.sql("""
                select p.id from api_key_projects g join projects p on p.id = g.project_id
                where g.key_id = ? order by p.created_at, p.name fetch first 1 rows only""")
                .param(caller.keyId()).query(String.class).optional();
        if (granted.isPresent()) {
            return projects.findById(granted.get());
        }
        return caller.isAdmin() ? projects.findByName(defaultProject) : Optional.empty();
    }

    /** True when the caller may see work filed under the project with this id. */
    public boolean allowsProjectId(ApiCaller caller, String projectId) {
        return projects.findById(projectId).map(project -> allows(caller, project)).orElse(false);
    }

    public Optional<Project> find(String name) {
        return projects.findByName(name);
    }

    /**
     * The project a request names, if the caller may use it. For a key of every project (admin scope, no project
     * list, as the bootstrap key) a valid name that no project has yet is created: that key could use the project
     * once it exists anyway. Any other key gets empty for an unknown name, as for a project it may not use.
     */
    public Optional<Project> named(ApiCaller caller, String name) {
        Optional<Project> existing = projects.findByName(name);
        if (existing.isPresent()) {
            return existing.filter(project -> allows(caller, project));
        }
        if (caller == null || !mayUseEveryProject(caller) || !Projects.isValidName(name)) {
            return Optional.empty();
        }
        return Optional.of(createdOnFirstUse(caller, name));
    }

    /** True for an admin key without a project list: it may use every project, also those created later. */
    private boolean mayUseEveryProject(ApiCaller caller) {
        return caller.isAdmin() && grantCount(caller) == 0;
    }

    public boolean allows(ApiCaller caller, Project project) {
        if (caller == null || project == null) {
            return false;
        }
        if (grantCount(caller) == 0) {
            return caller.isAdmin();
        }
        return jdbc.sql("select count(*) from api_key_projects where key_id = ? and project_id = ?")
                .params(caller.keyId(), project.id()).query(Long.class).single() > 0;
    }

    private Project createdOnFirstUse(ApiCaller caller, String name) {
        try {
            Project project = projects.create(name);
            LOG.info("Created project '{}' on its first use by admin key {}", name, caller.keyPrefix());
            return project;
        } catch (AlreadyExistsException e) {
            return projects.findByName(name).orElseThrow(() -> e);
        }
    }

    private long grantCount(ApiCaller caller) {
        return jdbc.sql("select count(*) from api_key_projects where key_id = ?")
                .param(caller.keyId()).query(Long.class).single();
    }
}
