package dev.earshot.server.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The databases persistence tests run against; each call gives settings for a fresh, empty database. */
public enum TestDatabase {
    /** The production default: an H2 file database under {@code <home>/db}. */
    H2 {
        @Override
        Map<String, String> databaseProperties(Path home) {
            return Map.of();
        }
    },
    /** A new database on the shared embedded PostgreSQL. */
    POSTGRES {
        @Override
        Map<String, String> databaseProperties(Path home) {
            return Map.of(
                    "spring.datasource.url", EmbeddedPostgresServer.newDatabase(),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "",
                    "spring.datasource.hikari.maximum-pool-size", "4");
        }
    };

    abstract Map<String, String> databaseProperties(Path home);

    /** {@code earshot.home} plus the datasource settings of a fresh database in that home. */
    public Map<String, String> properties(Path home) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("earshot.home", home.toString());
        properties.putAll(databaseProperties(home));
        return properties;
    }

    /** The same settings as command line arguments ({@code --name=value}), which win over application.properties. */
    public static String[] asArguments(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
