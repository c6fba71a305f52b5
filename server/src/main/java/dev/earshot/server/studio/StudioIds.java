package dev.earshot.server.studio;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The door's ids: UUIDs, read as pydantic reads a {@code UUID} field (hex with or without dashes, any case). */
final class StudioIds {

    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

    private StudioIds() {
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The canonical form of a UUID text, or empty when it is not one. */
    static Optional<String> parse(String text) {
        String value = text.strip();
        if (value.startsWith("{") && value.endsWith("}")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.toLowerCase(Locale.ROOT).startsWith("urn:uuid:")) {
            value = value.substring("urn:uuid:".length());
        }
        String hex = value.replace("-", "");
        if (!HEX32.matcher(hex).matches() || (value.contains("-") && value.length() != 36)) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(hex.replaceFirst(
                "(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5")).toString());
    }

    /** A path parameter that must be a UUID: FastAPI's 422 at {@code ["path", name]} otherwise. */
    static String path(String name, String text) {
        return parse(text).orElseThrow(() -> StudioException.invalid(List.of(FieldError.of(List.of("path", name),
                "value is not a valid uuid", "type_error.uuid"))));
    }
}
