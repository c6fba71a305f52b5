package dev.earshot.engine.speech;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * The per-stream state of Silero VAD v6 at 16 kHz: the recurrent state [2, 1, 128] and the last 64 samples
 * of the previous window, which v6 needs in front of every 512-sample window (without them it hears no
 * speech). Not thread-safe: one per stream, closed after use.
 */
final class SileroStream implements AutoCloseable {

    /** New samples per window: 32 ms at 16 kHz. */
    static final int WINDOW = 512;
    private static final int CONTEXT = 64;
    private static final long[] INPUT_SHAPE = {1, CONTEXT + WINDOW};
    private static final long[] STATE_SHAPE = {2, 1, 128};

    private final SileroModel model;
    private final float[] input = new float[CONTEXT + WINDOW];
    private final float[] state = new float[2 * 128];
    private final OnnxTensor rate;

    SileroStream(SileroModel model) {
        this.model = model;
        try {
            this.rate = OnnxTensor.createTensor(model.environment(),
                    LongBuffer.wrap(new long[] {SpeechSamples.RATE}), new long[0]);
        } catch (OrtException e) {
            throw new SpeechModelException("cannot create the Silero rate tensor", e);
        }
    }

    /** Speech probability (0 to 1) of the next {@link #WINDOW} samples of {@code window}. */
    float probability(float[] window) {
        System.arraycopy(window, 0, input, CONTEXT, WINDOW);
        try (OnnxTensor samples = OnnxTensor.createTensor(model.environment(), FloatBuffer.wrap(input), INPUT_SHAPE);
             OnnxTensor previous = OnnxTensor.createTensor(model.environment(), FloatBuffer.wrap(state), STATE_SHAPE);
             OrtSession.Result result = model.session().run(Map.of("input", samples, "state", previous, "sr", rate))) {
            float probability = ((OnnxTensor) result.get(0)).getFloatBuffer().get(0);
            ((OnnxTensor) result.get(1)).getFloatBuffer().get(state);
            System.arraycopy(input, WINDOW, input, 0, CONTEXT);
            return probability;
        } catch (OrtException e) {
            throw new SpeechModelException("Silero VAD failed on a window", e);
        }
    }

    @Override
    public void close() {
        rate.close();
    }
}
