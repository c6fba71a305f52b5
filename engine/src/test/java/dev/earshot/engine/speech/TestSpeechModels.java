package dev.earshot.engine.speech;

import java.nio.file.Path;

/**
 * One {@link SpeechModels} for every test class of a run, with its model cache under {@code target/} so the
 * Vosk model is extracted once per build folder (the aar path comes from the surefire system property).
 */
public final class TestSpeechModels {

    private static SpeechModels shared;

    private TestSpeechModels() {
    }

    public static synchronized SpeechModels shared() {
        if (shared == null) {
            shared = new SpeechModels(cacheFolder());
        }
        return shared;
    }

    /** Model cache folder of the test run. */
    public static Path cacheFolder() {
        return Path.of("target", "test-model-cache").toAbsolutePath();
    }
}
