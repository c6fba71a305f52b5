package dev.earshot.server.studio;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as the door writes them ({@code 2024-01-15T10:30:00Z}) and as its tables store them. */
final class StudioTimes {

    private StudioTimes() {
    }

    /** Null for null, else whole seconds in UTC with a {@code Z}. */
    static String format(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    static OffsetDateTime column(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static Instant read(java.sql.ResultSet row, String column) throws java.sql.SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
