package dev.earshot.server.studio;

import dev.earshot.server.jobs.Job;
import java.util.Locale;

/**
 * Where a training job is, in Relay's words (its training guide), with Earshot's {@code cancelled}: {@code pending}
 * (recorded, its job not queued yet), {@code queued} (waiting for a worker), {@code training} (features, then the
 * classifiers, then the validation metrics), {@code completed} (its model is ready), {@code failed} (with
 * {@code error_message}) or {@code cancelled}.
 */
enum TrainingStatus {
    PENDING, QUEUED, TRAINING, COMPLETED, FAILED, CANCELLED;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TrainingStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    boolean finished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /** The status of a training job whose job row is {@code job} (null: not queued yet). */
    static TrainingStatus of(Job job) {
        if (job == null) {
            return PENDING;
        }
        return switch (job.state()) {
            case DOWNLOADING, QUEUED -> QUEUED;
            case RUNNING -> TRAINING;
            case SUCCEEDED -> COMPLETED;
            case FAILED -> FAILED;
            case CANCELLED -> CANCELLED;
        };
    }
}
