package dev.earshot.server.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The seed's {@code pipeline} values and the parts each promises. */
enum IngestPipeline {

    /** Transcription and speaker diarization. */
    TRANSCRIPTION("transcription", List.of(AnalysisPart.TRANSCRIPT, AnalysisPart.SPEAKERS)),
    /** Transcription, diarization, sentiment, summary and PII detection. */
    FULL_ANALYSIS("full-analysis", List.of(AnalysisPart.TRANSCRIPT, AnalysisPart.SPEAKERS, AnalysisPart.SENTIMENT,
            AnalysisPart.SUMMARY, AnalysisPart.PII));

    static final IngestPipeline DEFAULT = FULL_ANALYSIS;

    private final String value;
    private final List<AnalysisPart> parts;

    IngestPipeline(String value, List<AnalysisPart> parts) {
        this.value = value;
        this.parts = parts;
    }

    static Optional<IngestPipeline> of(String value) {
        return Arrays.stream(values()).filter(p -> p.value.equals(value)).findFirst();
    }

    /** The value as the seed writes it. */
    String value() {
        return value;
    }

    List<AnalysisPart> parts() {
        return parts;
    }

    static String allowedValues() {
        return String.join(", ", Arrays.stream(values()).map(IngestPipeline::value).toList());
    }
}
