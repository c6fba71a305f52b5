package dev.earshot.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** API keys: created with a random secret that is shown once, stored as a hash, found by prefix. */
@Component
public class ApiKeys {
    private static final int CREATE_ATTEMPTS = 3;
    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates a key with a generated secret. {@code userId} may be null; {@code projectIds} may be empty
     * (an admin key without projects may use every project, any other key none).
     */
    @Transactional
    public CreatedKey create(String name, String userId, Set<String> scopes, List<String> projectIds) {
        return create(name, userId, scopes, projectIds, null);
    }

    /** As {@link #create(String, String, Set, List)}, for a key that authenticates nothing from {@code expiresAt} on. */
    @Transactional
    public CreatedKey create(String name, String userId, Set<String> scopes, List<String> projectIds,
                             Instant expiresAt) {
        for (int attempt = 1; ; attempt++) {
            String prefix = KeyFormat.newPrefix();
            if (prefixTaken(prefix) && attempt < CREATE_ATTEMPTS) {
                continue;
            }
            CreatedKey created = insert(KeyFormat.newKey(prefix), prefix, name, userId, scopes, projectIds);
            if (expiresAt != null) {
                jdbc.sql("update api_keys set expires_at = ? where id = ?")
                        .params(Timestamps.of(expiresAt), created.id()).update();
            }
            return created;
        }
    }

    /** Creates a key whose plain value the operator chose (see {@link KeyFormat#requireUsable}). */
    @Transactional
    CreatedKey createWithPlainKey(
            String plainKey, String name, String userId, Set<String> scopes, List<String> projectIds) {
        String key = KeyFormat.requireUsable(plainKey);
        return insert(key, KeyFormat.prefixOf(key).orElseThrow(), name, userId, scopes, projectIds);
    }

    /** Revokes an active key by id or prefix; false when no active key matched. */
    public boolean revoke(String idOrPrefix) {
        return jdbc.sql("update api_keys set revoked_at = ? where (id = ? or prefix = ?) and revoked_at is null")
                .params(Timestamps.now(), idOrPrefix, idOrPrefix)
                .update() > 0;
    }

    public List<KeyRow> list() {
        Map<String, List<String>> grants = jdbc.sql("select key_id, project_id from api_key_projects")
                .query((row, n) -> Map.entry(row.getString("key_id"), row.getString("project_id")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from api_keys order by created_at, prefix")
                .query((row, n) -> map(row, grants.getOrDefault(row.getString("id"), List.of())))
                .list();
    }

    public Optional<KeyRow> find(String idOrPrefix) {
        return list().stream()
                .filter(key -> key.id().equals(idOrPrefix) || key.prefix().equals(idOrPrefix))
                .findFirst();
    }

    /** Lets a key use one more project; does nothing if it already may. */
    public void grant(String keyId, String projectId) {
        long existing = jdbc.sql("select count(*) from api_key_projects where key_id = ? and project_id = ?")
                .params(keyId, projectId).query(Long.class).single();
        if (existing == 0) {
            jdbc.sql("insert into api_key_projects (key_id, project_id) values (?, ?)")
                    .params(keyId, projectId).update();
        }
    }

    private CreatedKey insert(
            String plainKey, String prefix, String name, String userId, Set<String> scopes, List<String> projectIds) {
        Set<String> validScopes = Scopes.requireValid(scopes);
        String keyName = name == null || name.isBlank() ? "key" : name.strip();
        String id = UUID.randomUUID().toString();
        try {
            jdbc.sql("""
                    insert into api_keys (id, prefix, hash, name, scopes, user_id, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, prefix, KeyFormat.hash(plainKey), keyName, Scopes.format(validScopes), userId,
                            Timestamps.now())
                    .update();
            List<String> projects = List.copyOf(projectIds == null ? List.of() : Set.copyOf(projectIds));
            projects.forEach(projectId -> grant(id, projectId));
            return new CreatedKey(id, prefix, plainKey, keyName, validScopes, projects);
        } catch (DuplicateKeyException e) {
            throw new AlreadyExistsException("an API key with prefix '" + prefix + "' already exists", e);
        } catch (DataIntegrityViolationException e) {
            throw new IllegalArgumentException("unknown user or project for the new API key", e);
        }
    }

    private boolean prefixTaken(String prefix) {
        return jdbc.sql("select count(*) from api_keys where prefix = ?").param(prefix).query(Long.class).single() > 0;
    }

    private static KeyRow map(ResultSet row, List<String> projectIds) throws SQLException {
        return new KeyRow(
                row.getString("id"),
                row.getString("prefix"),
                row.getString("name"),
                Scopes.read(row.getString("scopes")),
                row.getString("user_id"),
                projectIds,
                Timestamps.read(row, "created_at"),
                Timestamps.read(row, "last_used_at"),
                Timestamps.read(row, "revoked_at"),
                Timestamps.read(row, "expires_at"));
    }
}
