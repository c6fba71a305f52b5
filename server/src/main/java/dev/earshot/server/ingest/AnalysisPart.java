package dev.earshot.server.ingest;

import java.util.Arrays;
import java.util.Optional;

/**
 * A result a pipeline promises, read at {@code GET /v1/jobs/{job_id}/<path>}. Only the transcript is produced
 * in this deployment; the others are listed as not available, with a reason, and never made up.
 */
enum AnalysisPart {

    TRANSCRIPT("transcript", "transcription", true),
    SPEAKERS("speakers", "speaker diarization", false),
    SENTIMENT("sentiment", "sentiment analysis", false),
    SUMMARY("summary", "summarization", false),
    PII("pii", "PII detection", false);

    private final String path;
    private final String description;
    private final boolean available;

    AnalysisPart(String path, String description, boolean available) {
        this.path = path;
        this.description = description;
        this.available = available;
    }

    static Optional<AnalysisPart> ofPath(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst();
    }

    /** Name in result bodies and URLs. */
    String path() {
        return path;
    }

    /** True when this deployment produces the part. */
    boolean available() {
        return available;
    }

    /** Why the part is missing from a result, in words a user reads. */
    String unavailableReason() {
        return description + " is not available in this deployment yet; the job's other results are complete";
    }
}
