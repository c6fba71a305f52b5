package dev.earshot.server.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The H2 database in the EARSHOT_HOME of a stopped server process (H2 lets one process open it at a time). */
final class HomeDatabase implements AutoCloseable {

    private final Connection connection;

    private HomeDatabase(Connection connection) {
        this.connection = connection;
    }

    static HomeDatabase open(Path home) throws SQLException {
        return new HomeDatabase(DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/earshot")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", ""));
    }

    long count(String table) throws SQLException {
        return ((Number) rows("select count(*) as n from " + table).get(0).get("n")).longValue();
    }

    /** Every row of a query, column names in lower case. */
    List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnLabel(i).toLowerCase(), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
