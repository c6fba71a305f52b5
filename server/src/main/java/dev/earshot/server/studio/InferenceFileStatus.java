package dev.earshot.server.studio;

import java.util.Locale;

/**
 * Where a file of an inference job is, in Relay's words: {@code pending} (its upload not confirmed yet),
 * {@code queued} (waiting for a worker), {@code processing}, {@code completed} (its detections are there) or
 * {@code failed} (with {@code error_message}; also a file whose job was cancelled before it finished).
 */
enum InferenceFileStatus {
    PENDING, QUEUED, PROCESSING, COMPLETED, FAILED;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
