package dev.earshot.engine.speech;

import dev.earshot.engine.audio.FfmpegLibrary;
import java.util.Arrays;
import java.util.Map;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Streaming down-mix to mono and sample-rate conversion of interleaved 32-bit float audio, both in one FFmpeg
 * swresample context. The channels are averaged (a custom matrix of {@code 1/channels} per channel: FFmpeg's own
 * mix would weigh stereo by 0.707 each and leave the LFE channel out). The rate goes through swresample's
 * polyphase Kaiser-windowed sinc with {@link #DOWN} or {@link #UP}, exact for ratios that need at most 1024 filter
 * phases (all the common rates to 16 kHz), interpolated between 1024 phases otherwise.
 *
 * <p>Output sample {@code n} sits at input time {@code n * inRate / outRate}, with no delay (swresample starts its
 * filter centred on input sample 0 and mirrors the signal around both ends rather than padding it with zeros), and
 * a whole stream of {@code frames} input frames yields exactly {@link #outputLength(long)} samples. Input is
 * converted as it is given, so the Java and native buffers hold one block plus the filter whatever the duration.
 * Not thread-safe: one instance per stream; {@link #close()} frees the native memory.
 */
final class MonoResampler implements AutoCloseable {

    /**
     * swresample options for converting down: a 96-tap filter (at the lower rate), Kaiser beta 10, its cut-off at
     * 94 % of the lower Nyquist frequency. To 16 kHz this keeps the passband flat within 0.0001 dB to 6 kHz and
     * within 0.05 dB to 7 kHz, and tones above 8.1 kHz come back as aliases 100 dB down or more. FFmpeg's defaults
     * (32 taps, beta 9, cut-off 0.97) let tones at 8.1-8.5 kHz alias back only 13 dB down.
     */
    static final Map<String, String> DOWN = Map.of("filter_size", "96", "cutoff", "0.94", "kaiser_beta", "10");

    /**
     * swresample options for converting up: its filter then only interpolates and keeps its cut-off at the input's
     * Nyquist frequency whatever {@code cutoff} says, so a long filter (320 taps, beta 10) narrows the band next to
     * it that leaves images: tones up to 0.49 of the input rate leave none louder than 100 dB down (96 taps: 19 dB
     * down). Figures in {@code bench/results/resample.md}.
     */
    static final Map<String, String> UP = Map.of("filter_size", "320", "kaiser_beta", "10");

    private static final int MIN_RATE = 1;
    private static final int MAX_RATE = 768_000;
    private static final int MAX_CHANNELS = 64;

    private final long inRate;
    private final long outRate;
    private final int channels;
    private final SwrContext context;
    private FloatPointer nativeInput;
    private FloatPointer nativeOutput;
    private final PointerPointer<FloatPointer> inputPlanes = new PointerPointer<>(1);
    private final PointerPointer<FloatPointer> outputPlanes = new PointerPointer<>(1);
    private float[] output = new float[0];
    private long framesIn;
    private long samplesOut;
    private boolean finished;

    /** A converter with {@link #settings}; rates in Hz, 1 to 768,000; channels 1 to 64. */
    MonoResampler(int inRate, int channels, int outRate) {
        this(inRate, channels, outRate, settings(inRate, outRate));
    }

    /** A converter with the given swresample options (name to value, e.g. {@code filter_size} to {@code 32}). */
    MonoResampler(int inRate, int channels, int outRate, Map<String, String> options) {
        check("input rate", inRate, MIN_RATE, MAX_RATE);
        check("output rate", outRate, MIN_RATE, MAX_RATE);
        check("channel count", channels, 1, MAX_CHANNELS);
        FfmpegLibrary.load();
        this.inRate = inRate;
        this.outRate = outRate;
        this.channels = channels;
        this.context = open(inRate, channels, outRate, options);
        ensureInput(4096);
        ensureOutput(4096);
    }

    /** Earshot's swresample options from {@code inRate} to {@code outRate}: {@link #DOWN} or {@link #UP}. */
    static Map<String, String> settings(int inRate, int outRate) {
        return inRate > outRate ? DOWN : UP;
    }

    /** Samples a whole stream of {@code frames} input frames turns into: {@code ceil(frames * outRate / inRate)}. */
    long outputLength(long frames) {
        return Math.floorDiv(Math.multiplyExact(frames, outRate) + inRate - 1, inRate);
    }

    /**
     * Converts {@code count} interleaved frames from {@code frames} (index 0 on) and returns how many output samples
     * are now at the start of {@link #output()}; 0 is normal while the filter fills.
     */
    int convert(float[] frames, int count) {
        if (finished) {
            throw new IllegalStateException("the stream was finished");
        }
        if (count < 0 || (long) count * channels > frames.length) {
            throw new IllegalArgumentException(count + " frames of " + channels + " channels do not fit in a buffer of "
                    + frames.length);
        }
        if (count == 0) {
            return 0;
        }
        ensureInput(count);
        nativeInput.put(frames, 0, count * channels);
        inputPlanes.put(0, nativeInput);
        framesIn += count;
        return run(inputPlanes, count);
    }

    /**
     * Ends the stream: returns how many of its last output samples are now at the start of {@link #output()}, so
     * that the stream's total is exactly {@link #outputLength(long)} of the frames given.
     */
    int finish() {
        if (finished) {
            return 0;
        }
        finished = true;
        int produced = 0;
        int step;
        while ((step = flushStep(produced)) > 0) {
            produced += step;
        }
        long wanted = outputLength(framesIn) - samplesOut;
        int length = (int) Math.max(0, Math.min(wanted, Integer.MAX_VALUE));
        if (length > produced) {
            ensureJavaOutput(length);
            Arrays.fill(output, produced, length, 0f);
        }
        samplesOut += length;
        return length;
    }

    /** The buffer the last {@link #convert} or {@link #finish()} wrote its samples to, from index 0. */
    float[] output() {
        return output;
    }

    @Override
    public void close() {
        swresample.swr_free(context);
        nativeInput.close();
        nativeOutput.close();
        inputPlanes.close();
        outputPlanes.close();
    }

    private int flushStep(int offset) {
        int room = Math.max(1, swresample.swr_get_out_samples(context, 0));
        ensureOutput(room);
        outputPlanes.put(0, nativeOutput);
        int produced = swresample.swr_convert(context, outputPlanes, room, (PointerPointer<?>) null, 0);
        FfmpegLibrary.check(produced, "flush the resampler");
        ensureJavaOutput(offset + produced);
        nativeOutput.get(output, offset, produced);
        return produced;
    }

    private int run(PointerPointer<FloatPointer> input, int count) {
        int room = swresample.swr_get_out_samples(context, count);
        FfmpegLibrary.check(room, "size the resampler's output");
        ensureOutput(room);
        outputPlanes.put(0, nativeOutput);
        int produced = swresample.swr_convert(context, outputPlanes, room, input, count);
        FfmpegLibrary.check(produced, "convert the samples");
        ensureJavaOutput(produced);
        nativeOutput.get(output, 0, produced);
        samplesOut += produced;
        return produced;
    }

    private void ensureInput(int frames) {
        if (nativeInput == null || nativeInput.capacity() < (long) frames * channels) {
            if (nativeInput != null) {
                nativeInput.close();
            }
            nativeInput = new FloatPointer((long) frames * channels);
        }
    }

    private void ensureOutput(int samples) {
        if (nativeOutput == null || nativeOutput.capacity() < samples) {
            if (nativeOutput != null) {
                nativeOutput.close();
            }
            nativeOutput = new FloatPointer(Math.max(samples, 1));
        }
    }

    private void ensureJavaOutput(int samples) {
        if (output.length < samples) {
            output = Arrays.copyOf(output, samples);
        }
    }

    private static SwrContext open(int inRate, int channels, int outRate, Map<String, String> options) {
        AVChannelLayout in = new AVChannelLayout();
        AVChannelLayout mono = new AVChannelLayout();
        PointerPointer<SwrContext> holder = new PointerPointer<>(1);
        try {
            avutil.av_channel_layout_default(in, channels);
            avutil.av_channel_layout_default(mono, 1);
            holder.put(0, (Pointer) null);
            FfmpegLibrary.check(swresample.swr_alloc_set_opts2(holder, mono, avutil.AV_SAMPLE_FMT_FLT, outRate, in,
                    avutil.AV_SAMPLE_FMT_FLT, inRate, 0, null), "allocate the resampler");
            SwrContext context = new SwrContext(holder.get(0));
            try {
                configure(context, channels, options);
                return context;
            } catch (RuntimeException e) {
                swresample.swr_free(context);
                throw e;
            }
        } finally {
            avutil.av_channel_layout_uninit(in);
            avutil.av_channel_layout_uninit(mono);
            in.close();
            mono.close();
            holder.close();
        }
    }

    private static void configure(SwrContext context, int channels, Map<String, String> options) {
        options.forEach((name, value) -> FfmpegLibrary.check(avutil.av_opt_set(context, name, value, 0),
                "set swresample's " + name + " to " + value));
        double[] mean = new double[channels];
        Arrays.fill(mean, 1.0 / channels);
        FfmpegLibrary.check(swresample.swr_set_matrix(context, mean, channels), "set the down-mix");
        FfmpegLibrary.check(swresample.swr_init(context), "start the resampler");
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + value);
        }
    }
}
