package dev.earshot.server.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Projects, identified by a unique name of letters, digits, '.', '_' and '-'. */
@Component
public class Projects {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private final JdbcClient jdbc;

    Projects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a project; throws IllegalArgumentException for a malformed or already used name. */
    public Project create(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not a valid project name (1-100 of A-Z a-z 0-9 . _ -)");
        }
        Project project = new Project(UUID.randomUUID().toString(), name);
        try {
            jdbc.sql("insert into projects (id, name, created_at) values (?, ?, ?)")
                    .params(project.id(), project.name(), Timestamps.now())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyExistsException("project '" + name + "' already exists", e);
        }
        return project;
    }

    static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public Optional<Project> findByName(String name) {
        return jdbc.sql("select id, name from projects where name = ?").param(name).query(Project.class).optional();
    }

    public Optional<Project> findById(String id) {
        return jdbc.sql("select id, name from projects where id = ?").param(id).query(Project.class).optional();
    }

    public List<Project> list() {
        return jdbc.sql("select id, name from projects order by name").query(Project.class).list();
    }
}
