package dev.earshot.server.enhance;

/** The name a user knows an input by, for messages only: never used on disk. */
final class DisplayName {

    private static final int MAX_LENGTH = 100;

    private DisplayName() {
    }

    /** The last segment of a file name or URL path, at most 100 characters; {@code whenBlank} if it has none. */
    static String of(String nameOrPath, String whenBlank) {
        String name = nameOrPath == null ? "" : nameOrPath;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
        return name.isBlank() ? whenBlank : name;
    }
}
