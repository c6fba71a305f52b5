package dev.earshot.server.outbound;

/** A URL the outbound policy does not allow; the message says why in words a user can act on. */
public class RefusedUrlException extends RuntimeException {

    public RefusedUrlException(String message) {
        super(message);
    }
}
