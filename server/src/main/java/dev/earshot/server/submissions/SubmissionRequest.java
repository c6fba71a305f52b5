package dev.earshot.server.submissions;

import java.util.List;

/**
 * A checked {@code POST /api/v1/submissions}.
 *
 * @param audioId        the caller's audio, or null when {@code audioUrl} is to be fetched
 * @param services       the services asked for, duplicates dropped, in the order given
 * @param speechLanguage the transcriber's language tag ({@code en})
 * @param audioLanguage  {@code audio_language} as sent, or null
 * @param targetLanguage the language to translate into, ISO 639-3, when Translate is asked for; else null
 */
record SubmissionRequest(String audioName, Long audioId, String audioUrl, List<SubmissionService> services,
                         String speechLanguage, String audioLanguage, String context, String targetLanguage) {

    /** The task type: the services' names joined by {@code &}, as in {@code Transcribe&Translate}. */
    String type() {
        return String.join("&", services.stream().map(SubmissionService::label).toList());
    }

    TaskSpec spec() {
        return new TaskSpec(services, speechLanguage, context, targetLanguage);
    }
}
