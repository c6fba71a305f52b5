package dev.earshot.server.submissions;

import java.util.Arrays;
import java.util.Optional;

/** A service a submission may ask for, named exactly as seed 001 names it. */
enum SubmissionService {
    TRANSCRIBE("Transcribe"),
    TRANSLATE("Translate"),
    PARAPHRASE("Paraphrase"),
    SPEAKER_DIARIZATION("Speaker Diarization"),
    SUMMARIZE("Summarize");

    private final String label;

    SubmissionService(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<SubmissionService> of(String label) {
        return Arrays.stream(values()).filter(service -> service.label.equals(label)).findFirst();
    }
}
