package dev.earshot.engine.speech;

import java.util.Arrays;

/** Today's path of {@link SpeechSamples} as a {@link ResampleStream}: channels averaged, then {@link SincResampler}. */
final class SincStream implements ResampleStream {

    private final int channels;
    private final SincResampler resampler;
    private float[] mono = new float[0];
    private float[] output = new float[0];

    SincStream(int rate, int channels) {
        this.channels = channels;
        this.resampler = new SincResampler(rate, SpeechSamples.RATE);
    }

    @Override
    public int convert(float[] frames, int count) {
        if (mono.length < count) {
            mono = new float[count];
        }
        for (int i = 0; i < count; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += frames[i * channels + c];
            }
            mono[i] = sum / channels;
        }
        resampler.push(mono, count);
        return pull(false);
    }

    @Override
    public int finish() {
        return pull(true);
    }

    private int pull(boolean ended) {
        int total = 0;
        while (true) {
            if (output.length - total < 1024) {
                output = Arrays.copyOf(output, output.length + 4096);
            }
            int n = resampler.pull(output, total, output.length - total, ended);
            if (n == 0) {
                return total;
            }
            total += n;
        }
    }

    @Override
    public float[] output() {
        return output;
    }

    @Override
    public void close() {
    }
}
