package dev.earshot.server.studio;

import java.time.Instant;

/**
 * An inference job as stored: a model and its detection rules, for any number of files.
 *
 * @param cancelledAt when it was cancelled, null unless it was
 */
record InferenceJob(String id, String projectId, String modelId, InferenceConfig config, String errorMessage,
                    Instant createdAt, Instant cancelledAt) {
}
