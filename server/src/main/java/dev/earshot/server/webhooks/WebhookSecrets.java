package dev.earshot.server.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signing secret of each project, created on first use. A rotation keeps the previous secret, which goes on
 * signing next to the new one for {@code earshot.webhooks.secret-overlap}, so receivers can switch without
 * missing a webhook.
 */
@Component
public class WebhookSecrets {

    private final JdbcClient jdbc;
    private final WebhookSettings settings;

    WebhookSecrets(JdbcClient jdbc, WebhookSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The project's current secret; created when the project has none yet. */
    public WebhookSecret current(String projectId) {
        return find(projectId).map(Row::secret).orElseGet(() -> create(projectId));
    }

    /** Replaces the project's secret with a new one and returns it; the old one signs during the overlap. */
    public WebhookSecret rotate(String projectId) {
        WebhookSecret fresh = WebhookSecret.generate();
        int updated = jdbc.sql("""
                update webhook_secrets set previous_secret = secret, secret = ?, rotated_at = ?
                where project_id = ?""")
                .params(fresh.value(), WebhookRecords.at(Instant.now()), projectId).update();
        return updated == 1 ? fresh : create(projectId);
    }

    /** Until when the previous secret still signs, if a rotation is within its overlap. */
    public Optional<Instant> previousSignsUntil(String projectId) {
        return find(projectId).flatMap(this::previousSignsUntil);
    }

    /** The secrets that sign a message now: the current one, then the previous one during the overlap. */
    List<WebhookSecret> signing(String projectId) {
        Optional<Row> row = find(projectId);
        if (row.isEmpty()) {
            return List.of(create(projectId));
        }
        return previousSignsUntil(row.get()).isPresent()
                ? List.of(row.get().secret(), row.get().previous()) : List.of(row.get().secret());
    }

    private Optional<Instant> previousSignsUntil(Row row) {
        return Optional.ofNullable(row.previous())
                .map(previous -> row.rotatedAt().plus(settings.secretOverlap()))
                .filter(until -> until.isAfter(Instant.now()));
    }

    private WebhookSecret create(String projectId) {
        WebhookSecret secret = WebhookSecret.generate();
        try {
            jdbc.sql("insert into webhook_secrets (project_id, secret, created_at) values (?, ?, ?)")
                    .params(projectId, secret.value(), WebhookRecords.at(Instant.now())).update();
            return secret;
        } catch (DuplicateKeyException e) {
            return find(projectId).map(Row::secret).orElseThrow(() -> new IllegalStateException(
                    "webhook secret of project " + projectId + " was created and then vanished", e));
        }
    }

    private Optional<Row> find(String projectId) {
        return jdbc.sql("select secret, previous_secret, rotated_at from webhook_secrets where project_id = ?")
                .param(projectId).query(WebhookSecrets::read).optional();
    }

    private static Row read(ResultSet rs, int n) throws SQLException {
        String previous = rs.getString("previous_secret");
        return new Row(new WebhookSecret(rs.getString("secret")),
                previous == null ? null : new WebhookSecret(previous), WebhookRecords.instant(rs, "rotated_at"));
    }

    private record Row(WebhookSecret secret, WebhookSecret previous, Instant rotatedAt) {
    }
}
