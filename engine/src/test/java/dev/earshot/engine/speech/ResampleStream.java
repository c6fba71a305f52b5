package dev.earshot.engine.speech;

/**
 * One way of turning interleaved float frames into 16 kHz mono, block by block, as {@link ResampleBenchmark}
 * drives it: {@link #convert} and {@link #finish()} return how many samples they left at the start of
 * {@link #output()}.
 */
interface ResampleStream extends AutoCloseable {

    int convert(float[] frames, int count);

    int finish();

    float[] output();

    @Override
    void close();
}
