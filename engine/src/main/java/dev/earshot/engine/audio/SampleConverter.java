package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Converts decoded FFmpeg frames of any sample format, rate and channel layout into packed 32-bit float samples
 * at one rate, through swresample: either with the input's own channels in their order, or mixed down to mono as
 * the plain mean of the channels (a custom matrix of 1/N each, not FFmpeg's surround down-mix), before the rate
 * conversion, so only one channel is resampled. The conversion is set up from the first frame and set up again when
 * a stream changes its format mid-way (an Ogg chain, say). Not thread-safe; one per decode.
 */
final class SampleConverter implements AutoCloseable {

    private static final int MIN_CAPACITY_FRAMES = 4096;
    /** JavaCPP's asBuffer() treats a limit of 0 as one element, so no samples get a buffer of their own. */
    private static final FloatBuffer EMPTY = FloatBuffer.allocate(0).asReadOnlyBuffer();

    private final int outputRate;
    private final int channels;
    private final boolean mono;
    private final String displayName;
    private final AVChannelLayout outputLayout = new AVChannelLayout();
    private SwrContext swr;
    private int inputFormat = -1;
    private int inputRate = -1;
    private FloatPointer buffer;
    private int capacityFrames;
    private final PointerPointer<FloatPointer> output = new PointerPointer<>(1);

    /**
     * @param outputRate  samples per second of the output, in Hz
     * @param channels    the input's channel count
     * @param mono        true to mix the channels down to their mean, false to keep them
     * @param displayName the file's name, for error messages
     */
    SampleConverter(int outputRate, int channels, boolean mono, String displayName) {
        this.outputRate = outputRate;
        this.channels = channels;
        this.mono = mono;
        this.displayName = displayName;
        ensureCapacity(MIN_CAPACITY_FRAMES);
    }

    /**
     * The samples of {@code frame}, interleaved; null input flushes what swresample still holds. The buffer belongs
     * to this converter and is valid until the next call; it may be empty.
     */
    FloatBuffer convert(AVFrame frame) {
        if (frame != null && frame.ch_layout().nb_channels() != channels) {
            throw new EarshotException("'" + displayName + "' changes its channel count from " + channels + " to "
                    + frame.ch_layout().nb_channels() + " mid-stream");
        }
        if (frame != null && (swr == null || frame.format() != inputFormat || frame.sample_rate() != inputRate)) {
            configure(frame);
        }
        if (swr == null) {
            return EMPTY;
        }
        int inputFrames = frame == null ? 0 : frame.nb_samples();
        ensureCapacity(swresample.swr_get_out_samples(swr, inputFrames));
        int produced = frame == null
                ? swresample.swr_convert(swr, output, capacityFrames, (PointerPointer<?>) null, 0)
                : swresample.swr_convert(swr, output, capacityFrames, frame.extended_data(), inputFrames);
        FfmpegLibrary.check(produced, "convert the samples of '" + displayName + "'");
        if (produced == 0) {
            return EMPTY;
        }
        return buffer.limit((long) produced * outputChannels()).asBuffer();
    }

    private void configure(AVFrame frame) {
        free();
        AVChannelLayout inputLayout = new AVChannelLayout();
        try {
            if (frame.ch_layout().order() == avutil.AV_CHANNEL_ORDER_UNSPEC) {
                avutil.av_channel_layout_default(inputLayout, channels);
            } else {
                avutil.av_channel_layout_copy(inputLayout, frame.ch_layout());
            }
            avutil.av_channel_layout_uninit(outputLayout);
            if (mono) {
                avutil.av_channel_layout_default(outputLayout, 1);
            } else {
                avutil.av_channel_layout_copy(outputLayout, inputLayout);
            }
            SwrContext created = new SwrContext(null);
            FfmpegLibrary.check(swresample.swr_alloc_set_opts2(created, outputLayout, avutil.AV_SAMPLE_FMT_FLT,
                    outputRate, inputLayout, frame.format(), frame.sample_rate(), 0, null),
                    "prepare the sample conversion of '" + displayName + "'");
            swr = created;
            if (mono) {
                double[] mean = new double[channels];
                Arrays.fill(mean, 1.0 / channels);
                FfmpegLibrary.check(swresample.swr_set_matrix(swr, mean, channels), "set the down-mix");
            }
            FfmpegLibrary.check(swresample.swr_init(swr), "start the sample conversion of '" + displayName + "'");
            inputFormat = frame.format();
            inputRate = frame.sample_rate();
        } finally {
            avutil.av_channel_layout_uninit(inputLayout);
            inputLayout.close();
        }
    }

    private void ensureCapacity(int frames) {
        if (frames <= capacityFrames) {
            buffer.position(0);
            return;
        }
        if (buffer != null) {
            buffer.close();
        }
        capacityFrames = Math.max(frames, MIN_CAPACITY_FRAMES);
        buffer = new FloatPointer((long) capacityFrames * outputChannels());
        output.put(0, buffer);
    }

    private int outputChannels() {
        return mono ? 1 : channels;
    }

    private void free() {
        if (swr != null) {
            swresample.swr_free(swr);
            swr = null;
        }
    }

    @Override
    public void close() {
        free();
        avutil.av_channel_layout_uninit(outputLayout);
        outputLayout.close();
        buffer.close();
        output.close();
    }
}
