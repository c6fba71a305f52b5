package dev.earshot.server.submissions;

import java.util.Arrays;
import java.util.List;

/**
 * What a task runs: the services in the order asked, the transcriber's language, the user's {@code context} (for
 * the LLM) and the language Translate writes (ISO 639-3, null without Translate).
 */
record TaskSpec(List<SubmissionService> services, String speechLanguage, String context, String targetLanguage) {

    boolean asks(SubmissionService service) {
        return services.contains(service);
    }

    /** The services of a stored task type, {@code Transcribe&Translate}. */
    static List<SubmissionService> servicesOf(String type) {
        return Arrays.stream(type.split("&")).map(label -> SubmissionService.of(label).orElseThrow()).toList();
    }
}
