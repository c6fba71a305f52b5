package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Encodes YUV 4:2:0 pictures into one video stream of an {@link FfmpegOutput}, one frame at a time, on a constant
 * frame-rate grid: frame {@code n} is shown at {@code n / frameRate} seconds. Not thread-safe.
 */
final class VideoTrackEncoder implements AutoCloseable {

    /**
     * What the stream is encoded as.
     *
     * @param encoder   the FFmpeg encoder, e.g. {@code libopenh264}
     * @param width     picture width in pixels
     * @param height    picture height in pixels
     * @param frameRate frames per second, above 0
     * @param bitRate   bits per second
     */
    record Settings(AVCodec encoder, int width, int height, double frameRate, long bitRate) {

        /** The encoder FFmpeg knows by {@code name}. */
        static AVCodec encoder(String name) {
            FfmpegLibrary.load();
            AVCodec encoder = avcodec.avcodec_find_encoder_by_name(name);
            if (encoder == null || encoder.isNull()) {
                throw new EarshotException("this FFmpeg build has no " + name + " encoder");
            }
            return encoder;
        }
    }

    private final FfmpegOutput output;
    private final AVCodecContext codec;
    private final AVStream stream;
    private final AVPacket packet = avcodec.av_packet_alloc();

    /** Adds a video stream to {@code output}; call before its header. */
    VideoTrackEncoder(FfmpegOutput output, Settings settings) {
        this.output = output;
        this.codec = open(output, settings);
        this.stream = output.addStream();
        FfmpegLibrary.check(avcodec.avcodec_parameters_from_context(stream.codecpar(), codec),
                "copy the video encoder's parameters");
        stream.time_base(codec.time_base());
        stream.avg_frame_rate(codec.framerate());
    }

    /** Encodes {@code picture} (YUV 4:2:0 at the settings' size) as frame number {@code frameNumber}. */
    void write(AVFrame picture, long frameNumber) {
        picture.pts(frameNumber);
        FfmpegLibrary.check(avcodec.avcodec_send_frame(codec, picture), "encode video");
        drainPackets();
    }

    /** Encodes the encoder's delayed frames. */
    void finish() {
        FfmpegLibrary.check(avcodec.avcodec_send_frame(codec, null), "flush the video encoder");
        drainPackets();
    }

    private void drainPackets() {
        output.writeEncoded(codec, packet, stream, "video");
    }

    private static AVCodecContext open(FfmpegOutput output, Settings settings) {
        AVCodecContext codec = avcodec.avcodec_alloc_context3(settings.encoder());
        AVRational rate = avutil.av_d2q(settings.frameRate(), 1_001_000);
        codec.width(settings.width());
        codec.height(settings.height());
        codec.pix_fmt(avutil.AV_PIX_FMT_YUV420P);
        codec.framerate(rate);
        codec.time_base(avutil.av_inv_q(rate));
        codec.bit_rate(settings.bitRate());
        if (output.wantsGlobalHeader()) {
            codec.flags(codec.flags() | avcodec.AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        try {
            FfmpegLibrary.check(avcodec.avcodec_open2(codec, settings.encoder(), (AVDictionary) null), "open the "
                    + settings.encoder().name().getString() + " encoder");
            return codec;
        } catch (EarshotException e) {
            avcodec.avcodec_free_context(codec);
            throw e;
        }
    }

    @Override
    public void close() {
        avcodec.av_packet_free(packet);
        avcodec.avcodec_free_context(codec);
    }
}
