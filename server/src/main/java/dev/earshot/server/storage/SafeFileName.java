package dev.earshot.server.storage;

/** Turns a client-supplied file name into one that is safe as a display name and inside a storage key. */
public final class SafeFileName {

    private static final int MAX_LENGTH = 100;

    private SafeFileName() {
    }

    /** The last path segment, reduced to letters, digits, dot, dash and underscore; never empty or dot-led. */
    public static String of(String clientName) {
        String name = clientName == null ? "" : clientName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(name.length() - MAX_LENGTH);
        }
        return name.isEmpty() ? "file" : name;
    }
}
