package dev.earshot.server.webhooks;

/** Where a webhook message is. */
enum MessageState {
    /** Waiting for its next attempt. */
    PENDING,
    /** A receiver answered 2xx. */
    DELIVERED,
    /** Attempts used up, or the receiver answered 410 Gone. */
    FAILED,
    /** The outbound URL policy refused the URL; never retried. */
    REFUSED
}
