package dev.earshot.engine.speech;

import java.nio.file.Path;

/**
 * How to transcribe one recording.
 *
 * @param language        requested language tag (see {@link SpeechLanguage#of(String)}); null means English
 * @param workers         recognizers run in parallel, 1 to 256; each holds one recognizer at a time
 * @param maxChunkSeconds longest piece the audio is cut into (at silences found by the VAD), 5 to 600 s
 * @param workDir         folder for temporary files (the 16 kHz mono copy when the input is in another
 *                        format), or null for the input file's folder
 */
public record TranscriptionSettings(String language, int workers, double maxChunkSeconds, Path workDir) {

    /** Default longest chunk: 30 s. */
    public static final double DEFAULT_MAX_CHUNK_SECONDS = 30;

    public TranscriptionSettings {
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("workers must be 1..256, got " + workers);
        }
        if (!(maxChunkSeconds >= 5 && maxChunkSeconds <= 600)) {
            throw new IllegalArgumentException("maxChunkSeconds must be 5..600, got " + maxChunkSeconds);
        }
    }

    /** English, one worker per available processor, 30 s chunks, temporary files next to the input. */
    public static TranscriptionSettings defaults() {
        return new TranscriptionSettings(null, Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_CHUNK_SECONDS, null);
    }

    public TranscriptionSettings withLanguage(String tag) {
        return new TranscriptionSettings(tag, workers, maxChunkSeconds, workDir);
    }

    public TranscriptionSettings withWorkers(int count) {
        return new TranscriptionSettings(language, count, maxChunkSeconds, workDir);
    }

    public TranscriptionSettings withMaxChunkSeconds(double seconds) {
        return new TranscriptionSettings(language, workers, seconds, workDir);
    }

    public TranscriptionSettings withWorkDir(Path folder) {
        return new TranscriptionSettings(language, workers, maxChunkSeconds, folder);
    }
}
