package dev.earshot.server.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code earshot.*}. Environment variables with underscores inside their names
 * (EARSHOT_BOOTSTRAP_API_KEY, ...) are mapped by explicit placeholders in application.properties.
 */
@ConfigurationProperties("earshot")
public record EarshotProperties(
        @DefaultValue("./data") Path home,
        String publicUrl,
        String signingSecret,
        @DefaultValue Bootstrap bootstrap) {

    public record Bootstrap(
            String apiKey,
            @DefaultValue("default") String project,
            @DefaultValue("admin@localhost") String adminEmail) {
    }
}
