package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import java.util.List;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVAudioFifo;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Encodes interleaved 32-bit float blocks into one audio stream of an {@link FfmpegOutput}: swresample converts
 * them to the encoder's sample format and rate, a FIFO cuts them into the encoder's frame size, and the encoded
 * packets go to the muxer. Memory holds one block and one frame whatever the duration. Not thread-safe.
 */
final class AudioTrackEncoder implements AutoCloseable {

    /** Frame size for encoders that take any (PCM, or FLAC when no frame size is set). */
    private static final int ANY_FRAME_SIZE = 4096;

    /**
     * What the stream is encoded as.
     *
     * @param encoder      the FFmpeg encoder
     * @param sampleRate   output rate in Hz, one the encoder supports
     * @param bitRate      bits per second, or 0 for the encoder's default (lossless codecs)
     * @param sampleFormat the FFmpeg sample format to prefer when the encoder offers it, or -1 for its own choice
     * @param options      encoder options, as FFmpeg's {@code -option value}
     */
    record Settings(AVCodec encoder, int sampleRate, long bitRate, int sampleFormat, Map<String, String> options) {
    }

    private final FfmpegOutput output;
    private final AVCodecContext codec;
    private final AVStream stream;
    private final int channels;
    private final int frameSize;
    private final boolean smallLastFrame;
    private final SwrContext swr;
    private final AVAudioFifo fifo;
    private final AVFrame converted = avutil.av_frame_alloc();
    private final AVFrame frame = avutil.av_frame_alloc();
    private final AVPacket packet = avcodec.av_packet_alloc();
    private FloatPointer input = new FloatPointer(0L);
    private final PointerPointer<FloatPointer> inputPlanes = new PointerPointer<>(1);
    private long nextPts;

    /** Adds an audio stream for audio of {@code source} format to {@code output}; call before its header. */
    AudioTrackEncoder(FfmpegOutput output, AudioFormat source, Settings settings) {
        this.output = output;
        this.channels = source.channels();
        this.codec = open(output, source, settings);
        this.stream = output.addStream();
        FfmpegLibrary.check(avcodec.avcodec_parameters_from_context(stream.codecpar(), codec),
                "copy the audio encoder's parameters");
        stream.time_base(codec.time_base());
        boolean variable = (settings.encoder().capabilities() & avcodec.AV_CODEC_CAP_VARIABLE_FRAME_SIZE) != 0;
        this.frameSize = codec.frame_size() > 0 && !variable ? codec.frame_size() : ANY_FRAME_SIZE;
        this.smallLastFrame = variable
                || (settings.encoder().capabilities() & avcodec.AV_CODEC_CAP_SMALL_LAST_FRAME) != 0;
        this.swr = converter(source, codec);
        this.fifo = avutil.av_audio_fifo_alloc(codec.sample_fmt(), channels, frameSize * 2);
        allocate(frame, frameSize);
    }

    /** Encodes {@code frames} interleaved frames of {@code block}. */
    void write(float[] block, int frames) {
        if (frames <= 0) {
            return;
        }
        if (input.capacity() < (long) frames * channels) {
            input.close();
            input = new FloatPointer((long) frames * channels);
            inputPlanes.put(0, input);
        }
        input.position(0).put(block, 0, frames * channels);
        convert(inputPlanes, frames);
        encodeFrames(false);
    }

    /** Encodes what swresample and the FIFO still hold and the encoder's delayed packets. */
    void finish() {
        convert(null, 0);
        encodeFrames(true);
        FfmpegLibrary.check(avcodec.avcodec_send_frame(codec, null), "flush the audio encoder");
        drainPackets();
    }

    private void convert(PointerPointer<?> planes, int frames) {
        while (true) {
            int room = swresample.swr_get_out_samples(swr, frames);
            if (room <= 0) {
                return;
            }
            allocate(converted, room);
            int produced = FfmpegLibrary.check(swresample.swr_convert(swr, converted.extended_data(), room, planes,
                    frames), "convert samples for the encoder");
            if (produced > 0) {
                FfmpegLibrary.check(avutil.av_audio_fifo_write(fifo, converted.extended_data(), produced),
                        "buffer samples for the encoder");
            }
            if (planes != null || produced == 0) {
                return;
            }
        }
    }

    private void encodeFrames(boolean last) {
        int available;
        while ((available = avutil.av_audio_fifo_size(fifo)) >= frameSize || (last && available > 0)) {
            int count = Math.min(frameSize, available);
            FfmpegLibrary.check(avutil.av_frame_make_writable(frame), "prepare an audio frame");
            frame.nb_samples(frameSize);
            avutil.av_audio_fifo_read(fifo, frame.extended_data(), count);
            if (count < frameSize && !smallLastFrame) {
                avutil.av_samples_set_silence(frame.extended_data(), count, frameSize - count, channels,
                        codec.sample_fmt());
            } else {
                frame.nb_samples(count);
            }
            frame.pts(nextPts);
            nextPts += frame.nb_samples();
            FfmpegLibrary.check(avcodec.avcodec_send_frame(codec, frame), "encode audio");
            drainPackets();
        }
    }

    private void drainPackets() {
        output.writeEncoded(codec, packet, stream, "audio");
    }

    private void allocate(AVFrame target, int samples) {
        avutil.av_frame_unref(target);
        target.format(codec.sample_fmt());
        target.sample_rate(codec.sample_rate());
        target.nb_samples(samples);
        FfmpegLibrary.check(avutil.av_channel_layout_copy(target.ch_layout(), codec.ch_layout()),
                "set the channel layout");
        FfmpegLibrary.check(avutil.av_frame_get_buffer(target, 0), "allocate an audio frame");
    }

    private static AVCodecContext open(FfmpegOutput output, AudioFormat source, Settings settings) {
        AVCodecContext codec = avcodec.avcodec_alloc_context3(settings.encoder());
        codec.sample_rate(settings.sampleRate());
        avutil.av_channel_layout_default(codec.ch_layout(), source.channels());
        codec.sample_fmt(sampleFormat(settings.encoder(), settings.sampleFormat()));
        codec.time_base(avutil.av_make_q(1, settings.sampleRate()));
        codec.bit_rate(settings.bitRate());
        codec.strict_std_compliance(avcodec.FF_COMPLIANCE_EXPERIMENTAL);
        if (output.wantsGlobalHeader()) {
            codec.flags(codec.flags() | avcodec.AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        AVDictionary options = new AVDictionary(null);
        settings.options().forEach((key, value) -> avutil.av_dict_set(options, key, value, 0));
        try {
            FfmpegLibrary.check(avcodec.avcodec_open2(codec, settings.encoder(), options), "open the "
                    + settings.encoder().name().getString() + " encoder");
            return codec;
        } catch (EarshotException e) {
            avcodec.avcodec_free_context(codec);
            throw e;
        } finally {
            avutil.av_dict_free(options);
        }
    }

    /** {@code preferred} if the encoder takes it, else the first of float planar, float, 16-bit, its own first. */
    private static int sampleFormat(AVCodec encoder, int preferred) {
        IntPointer offered = encoder.sample_fmts();
        if (offered == null || offered.isNull()) {
            return preferred >= 0 ? preferred : avutil.AV_SAMPLE_FMT_FLTP;
        }
        for (int wanted : List.of(preferred, avutil.AV_SAMPLE_FMT_FLTP, avutil.AV_SAMPLE_FMT_FLT,
                avutil.AV_SAMPLE_FMT_S16)) {
            for (int i = 0; offered.get(i) != avutil.AV_SAMPLE_FMT_NONE; i++) {
                if (offered.get(i) == wanted) {
                    return wanted;
                }
            }
        }
        return offered.get(0);
    }

    private static SwrContext converter(AudioFormat source, AVCodecContext codec) {
        AVChannelLayout layout = new AVChannelLayout();
        avutil.av_channel_layout_default(layout, source.channels());
        try {
            SwrContext swr = new SwrContext(null);
            FfmpegLibrary.check(swresample.swr_alloc_set_opts2(swr, codec.ch_layout(), codec.sample_fmt(),
                    codec.sample_rate(), layout, avutil.AV_SAMPLE_FMT_FLT, source.sampleRate(), 0, null),
                    "prepare the encoder's sample conversion");
            FfmpegLibrary.check(swresample.swr_init(swr), "start the encoder's sample conversion");
            return swr;
        } finally {
            avutil.av_channel_layout_uninit(layout);
            layout.close();
        }
    }

    @Override
    public void close() {
        swresample.swr_free(swr);
        avutil.av_audio_fifo_free(fifo);
        avutil.av_frame_free(converted);
        avutil.av_frame_free(frame);
        avcodec.av_packet_free(packet);
        avcodec.avcodec_free_context(codec);
        input.close();
        inputPlanes.close();
    }
}
