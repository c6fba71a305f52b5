package dev.earshot.server.ingest;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code error} of a failed ingestion job. The job engine keeps one reason text per job; failures this
 * door raises itself put their code in front ({@code invalid_audio: ...}), anything else (an engine error, an
 * internal error after the last retry) is {@code processing_failed}, and a cancelled job is {@code cancelled}.
 */
final class JobFailure {

    static final String INVALID_AUDIO = "invalid_audio";
    static final String PROCESSING_FAILED = "processing_failed";
    private static final Pattern CODED = Pattern.compile("^(" + INVALID_AUDIO + "): (.*)$", Pattern.DOTALL);

    private JobFailure() {
    }

    /** The reason text to fail a job with, carrying {@code code}. */
    static String coded(String code, String message) {
        return code + ": " + message;
    }

    /** The {@code {code, message}} of a failed or cancelled job, or null for any other. */
    static Map<String, Object> of(Job job) {
        if (job.state() == JobState.CANCELLED) {
            return error("cancelled", "the job was cancelled before it finished");
        }
        if (job.state() != JobState.FAILED) {
            return null;
        }
        String reason = job.failure() == null ? "the job failed" : job.failure();
        Matcher coded = CODED.matcher(reason);
        return coded.matches() ? error(coded.group(1), coded.group(2)) : error(PROCESSING_FAILED, reason);
    }

    private static Map<String, Object> error(String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return error;
    }
}
