package dev.earshot.server.ingest;

import java.util.Arrays;
import java.util.Optional;

/**
 * A result a pipeline promises, read at {@code GET /v1/jobs/{job_id}/<path>}, and the pipeline component that
 * makes it. A part that could not be made is listed as not available, with the reason, and never made up.
 */
enum AnalysisPart {

    TRANSCRIPT("transcript", "transcription", "transcribe", false),
    SPEAKERS("speakers", "speaker diarization", "diarize", false),
    SENTIMENT("sentiment", "sentiment analysis", "sentiment", true),
    SUMMARY("summary", "summarization", "summarize", true),
    PII("pii", "PII detection", "detect_pii", false);

    private final String path;
    private final String description;
    private final String componentId;
    private final boolean bySpeaker;

    AnalysisPart(String path, String description, String componentId, boolean bySpeaker) {
        this.path = path;
        this.description = description;
        this.componentId = componentId;
        this.bySpeaker = bySpeaker;
    }

    static Optional<AnalysisPart> ofPath(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst();
    }

    /** The part {@code componentId} makes. */
    static AnalysisPart ofComponent(String componentId) {
        return Arrays.stream(values()).filter(p -> p.componentId.equals(componentId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no analysis part is made by " + componentId));
    }

    /** Name in result bodies and URLs. */
    String path() {
        return path;
    }

    /** The pipeline component that makes this part. */
    String componentId() {
        return componentId;
    }

    /** True when the component runs with {@code by_speaker}, so that its results name the speakers. */
    boolean bySpeaker() {
        return bySpeaker;
    }

    /** Why the part is missing from a result that does not say, in words a user reads. */
    String unavailableReason() {
        return description + " was not run for this job; the job's other results are complete";
    }
}
