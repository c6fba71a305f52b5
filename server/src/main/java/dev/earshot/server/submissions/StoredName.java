package dev.earshot.server.submissions;

/** A file name safe to use as the last segment of a blob key: letters, digits, '.', '_' and '-' only. */
final class StoredName {

    private static final int MAX_LENGTH = 120;

    private StoredName() {
    }

    static String of(String sent) {
        String base = sent == null ? "" : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        if (safe.isEmpty()) {
            safe = "audio";
        }
        return safe.length() > MAX_LENGTH ? safe.substring(safe.length() - MAX_LENGTH) : safe;
    }
}
