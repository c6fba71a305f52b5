package dev.earshot.server.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and pools of the synchronous pipeline door, bound from {@code audio-engine.*} (which the
 * application properties fill from the seed's {@code AUDIO_ENGINE_*} variables).
 *
 * @param enabled               whether the door's routes exist at all
 * @param maxFileCount          most files per request
 * @param maxFileSizeBytes      largest single upload, in bytes
 * @param maxPipelineSteps      most components per request
 * @param maxInFlight           pipelines running at once on this node
 * @param semaphoreWaitTimeout  longest wait for a free place before 429, in seconds
 * @param requestTimeout        longest run of one request before 504, in seconds
 * @param threadPoolWorkers     threads that run pipelines
 * @param processPoolWorkers    accepted for compatibility; the Java engine runs every step on the thread pool
 * @param linkValidity          how long signed result links stay valid
 */
@ConfigurationProperties("audio-engine")
record AudioEngineSettings(boolean enabled, int maxFileCount, long maxFileSizeBytes, int maxPipelineSteps,
                           int maxInFlight, double semaphoreWaitTimeout, double requestTimeout,
                           int threadPoolWorkers, int processPoolWorkers, Duration linkValidity) {

    AudioEngineSettings {
        require(maxFileCount >= 1, "AUDIO_ENGINE_MAX_FILE_COUNT must be at least 1");
        require(maxFileSizeBytes >= 1, "AUDIO_ENGINE_MAX_FILE_SIZE_BYTES must be at least 1");
        require(maxPipelineSteps >= 1, "AUDIO_ENGINE_MAX_PIPELINE_STEPS must be at least 1");
        require(maxInFlight >= 1, "AUDIO_ENGINE_MAX_IN_FLIGHT must be at least 1");
        require(semaphoreWaitTimeout >= 0, "AUDIO_ENGINE_SEMAPHORE_WAIT_TIMEOUT must not be negative");
        require(requestTimeout > 0, "AUDIO_ENGINE_REQUEST_TIMEOUT must be positive");
        require(threadPoolWorkers >= 1, "AUDIO_ENGINE_THREAD_POOL_WORKERS must be at least 1");
        linkValidity = linkValidity == null ? Duration.ofHours(24) : linkValidity;
    }

    Duration semaphoreWait() {
        return Duration.ofMillis(Math.round(semaphoreWaitTimeout * 1000));
    }

    long requestTimeoutMillis() {
        return Math.max(1, Math.round(requestTimeout * 1000));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
