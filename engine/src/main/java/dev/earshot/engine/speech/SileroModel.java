package dev.earshot.engine.speech;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The vendored Silero VAD v6 ONNX model ({@code silero_vad.onnx} next to this class, MIT, see
 * {@code SILERO_LICENSE.txt}) as one ONNX Runtime session. The file's SHA-256 is checked against
 * {@code silero_vad.onnx.sha256} before loading. The session is thread-safe and shared by every stream;
 * it runs each window on the calling thread only (one intra-op thread).
 */
final class SileroModel implements AutoCloseable {

    static final String RESOURCE = "silero_vad.onnx";

    private final OrtEnvironment environment;
    private final OrtSession session;

    private SileroModel(OrtEnvironment environment, OrtSession session) {
        this.environment = environment;
        this.session = session;
    }

    /** Reads, verifies and loads the vendored model. */
    static SileroModel load() {
        String expected = new String(resource(RESOURCE + ".sha256"), StandardCharsets.US_ASCII).trim().split("\\s+")[0];
        return load(resource(RESOURCE), expected);
    }

    /** Loads {@code model} if its SHA-256 is {@code expected} (hex). */
    static SileroModel load(byte[] model, String expected) {
        String actual = sha256(model);
        if (!actual.equalsIgnoreCase(expected)) {
            throw new SpeechModelException("Silero VAD model is corrupt: SHA-256 " + actual + ", expected " + expected);
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return new SileroModel(environment, environment.createSession(model, options));
        } catch (OrtException e) {
            throw new SpeechModelException("cannot load the Silero VAD model into ONNX Runtime", e);
        }
    }

    OrtEnvironment environment() {
        return environment;
    }

    OrtSession session() {
        return session;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new SpeechModelException("cannot close the Silero VAD session", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SileroModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new SpeechModelException("resource " + name + " is missing from the engine jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SpeechModelException("cannot read resource " + name, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
