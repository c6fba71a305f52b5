package dev.earshot.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Users, identified by a lower-cased email. */
@Component
public class Users {
    private static final int MAX_EMAIL = 320;
    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a user; throws IllegalArgumentException for a malformed or already used email. */
    public User create(String email, String name, boolean admin) {
        String normalized = normalize(email);
        User user = new User(UUID.randomUUID().toString(), normalized, name, admin, Timestamps.now().toInstant());
        try {
            jdbc.sql("insert into users (id, email, name, is_admin, created_at) values (?, ?, ?, ?, ?)")
                    .params(user.id(), user.email(), user.name(), user.admin(), Timestamps.of(user.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyExistsException("a user with email '" + normalized + "' already exists", e);
        }
        return user;
    }

    public Optional<User> findByEmail(String email) {
        return jdbc.sql("select * from users where email = ?").param(normalize(email)).query(Users::map).optional();
    }

    public Optional<User> findById(String id) {
        return jdbc.sql("select * from users where id = ?").param(id).query(Users::map).optional();
    }

    public List<User> list() {
        return jdbc.sql("select * from users order by created_at, email").query(Users::map).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from users").query(Long.class).single() == 0;
    }

    static String normalize(String email) {
        String trimmed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = trimmed.indexOf('@');
        if (at < 1 || at != trimmed.lastIndexOf('@') || at == trimmed.length() - 1
                || trimmed.length() > MAX_EMAIL || trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + email + "' is not an email address");
        }
        return trimmed;
    }

    private static User map(ResultSet row, int rowNumber) throws SQLException {
        return new User(row.getString("id"), row.getString("email"), row.getString("name"),
                row.getBoolean("is_admin"), Timestamps.read(row, "created_at"));
    }
}
