package dev.earshot.server.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's own webhook URL, told of the project's work that has no callback URL of its own (the submissions
 * door's finished tasks). The outbound URL policy is applied when a message is sent, as for every webhook.
 */
@Component
public class ProjectWebhooks {

    static final int MAX_URL_LENGTH = 2048;
    private final JdbcClient jdbc;

    ProjectWebhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's webhook URL, or empty when it has none. */
    public Optional<String> url(String projectId) {
        return jdbc.sql("select url from project_webhooks where project_id = ?").param(projectId)
                .query(String.class).optional();
    }

    /** Sets the project's webhook URL; throws IllegalArgumentException for anything but an absolute http(s) URL. */
    public void set(String projectId, String url) {
        String checked = requireHttpUrl(url);
        if (jdbc.sql("update project_webhooks set url = ?, updated_at = ? where project_id = ?")
                .params(checked, WebhookRecords.at(Instant.now()), projectId).update() == 0) {
            jdbc.sql("insert into project_webhooks (project_id, url, updated_at) values (?, ?, ?)")
                    .params(projectId, checked, WebhookRecords.at(Instant.now())).update();
        }
    }

    /** Removes the project's webhook URL; true when it had one. */
    public boolean clear(String projectId) {
        return jdbc.sql("delete from project_webhooks where project_id = ?").param(projectId).update() > 0;
    }

    private static String requireHttpUrl(String url) {
        String text = url == null ? "" : url.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && text.length() <= MAX_URL_LENGTH) {
                return text;
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getReason(), e);
        }
        throw new IllegalArgumentException("a webhook URL must be an absolute https (or http) URL of at most "
                + MAX_URL_LENGTH + " characters, got '" + text + "'");
    }
}
