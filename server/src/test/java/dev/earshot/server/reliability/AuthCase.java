package dev.earshot.server.reliability;

/** Who asks, for what: the rows of the auth matrix. */
enum AuthCase {

    /** The project's own key with every scope it needs, on the project's own resource: the control. */
    RIGHT_KEY("right key"),
    NO_KEY("no key"),
    MALFORMED_KEY("malformed key"),
    REVOKED_KEY("revoked key"),
    /** A key of the project that lacks the scope the endpoint needs (read-only for writes, write-only for reads). */
    WRONG_SCOPE("key without the scope"),
    /** A key of another project, owned by another user, on this project's resource. */
    OTHER_PROJECTS_KEY("key of another project"),
    /** This project's key on a resource (or project name) of another project and user. */
    OTHER_PROJECTS_RESOURCE("another project's resource");

    private final String label;

    AuthCase(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
