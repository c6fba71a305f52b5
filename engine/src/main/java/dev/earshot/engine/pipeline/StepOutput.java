package dev.earshot.engine.pipeline;

import dev.earshot.engine.audio.PcmFile;
import java.util.List;
import java.util.Map;

/**
 * What one step produced.
 *
 * @param audio   the new working audio (may be the unchanged input for a pass-through), or null for a
 *                metrics-only step
 * @param audios  several output files for a terminal step (slices, channels), or empty
 * @param metrics   measured values (JSON-like: String, Number, Boolean, List, Map), or null
 * @param artifacts non-audio files the step wrote (transcripts, reports), or empty
 */
public record StepOutput(PcmFile audio, List<PcmFile> audios, Map<String, Object> metrics,
                         List<Artifact> artifacts) {

    public StepOutput {
        audios = audios == null ? List.of() : List.copyOf(audios);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    public StepOutput(PcmFile audio, List<PcmFile> audios, Map<String, Object> metrics) {
        this(audio, audios, metrics, List.of());
    }

    public static StepOutput audio(PcmFile audio) {
        return new StepOutput(audio, List.of(), null);
    }

    public static StepOutput audios(List<PcmFile> audios) {
        return new StepOutput(null, audios, null);
    }

    public static StepOutput metrics(Map<String, Object> metrics) {
        return new StepOutput(null, List.of(), metrics);
    }

    public static StepOutput metricsWithArtifacts(Map<String, Object> metrics, List<Artifact> artifacts) {
        return new StepOutput(null, List.of(), metrics, artifacts);
    }

    public static StepOutput audioWithMetrics(PcmFile audio, Map<String, Object> metrics) {
        return new StepOutput(audio, List.of(), metrics);
    }
}
