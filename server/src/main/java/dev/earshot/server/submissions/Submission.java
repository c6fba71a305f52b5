package dev.earshot.server.submissions;

import java.time.OffsetDateTime;

/**
 * A submission as stored: services on one audio of its owner.
 *
 * @param services       the services' names joined by {@code &}, as the task's type
 * @param speechLanguage the transcriber's language tag
 * @param targetLanguage ISO 639-3, null without Translate
 */
record Submission(long id, String owner, String audioName, long audioId, String services, String audioLanguage,
                  String speechLanguage, String context, String targetLanguage, OffsetDateTime createdAt) {

    TaskSpec spec() {
        return new TaskSpec(TaskSpec.servicesOf(services), speechLanguage, context, targetLanguage);
    }
}
