package dev.earshot.engine.speech;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
    private final FloatBuffer input = direct(CONTEXT + WINDOW);
    private final FloatBuffer state = direct(2 * 128);
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

    /**
     * Speech probability (0 to 1) of the first {@link #WINDOW} samples of {@code window}. The input and state
     * live in this stream's own direct buffers, which ONNX Runtime reads without copying.
     */
    float probability(float[] window) {
        input.put(CONTEXT, window, 0, WINDOW);
        try (OnnxTensor samples = OnnxTensor.createTensor(model.environment(), input.rewind(), INPUT_SHAPE);
             OnnxTensor previous = OnnxTensor.createTensor(model.environment(), state.rewind(), STATE_SHAPE);
             OrtSession.Result result = model.session().run(Map.of("input", samples, "state", previous, "sr", rate))) {
            float probability = ((OnnxTensor) result.get(0)).getFloatBuffer().get(0);
            state.rewind().put(((OnnxTensor) result.get(1)).getFloatBuffer());
            for (int i = 0; i < CONTEXT; i++) {
                input.put(i, input.get(WINDOW + i));
            }
            return probability;
        } catch (OrtException e) {
            throw new SpeechModelException("Silero VAD failed on a window", e);
        }
    }

    private static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    @Override
    public void close() {
        rate.close();
    }
}
