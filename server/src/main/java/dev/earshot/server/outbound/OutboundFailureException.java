package dev.earshot.server.outbound;

import java.io.IOException;

/** A remote server answered with an error status, or sent more than allowed. */
public class OutboundFailureException extends IOException {

    private final int status;

    public OutboundFailureException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when the failure was not a status (a body too large). */
    public int status() {
        return status;
    }
}
