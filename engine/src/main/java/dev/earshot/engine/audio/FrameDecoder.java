package dev.earshot.engine.audio;

import dev.earshot.engine.error.UndecodableAudioException;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Decodes one stream of an {@link FfmpegInput} into FFmpeg frames: packets in, frames out, and the decoder's
 * delayed frames at the end of the file. A packet the decoder rejects (a damaged MP3 frame, say) is skipped, as
 * FFmpeg's own command line does; a file that yields nothing or too little is caught by {@link AudioDecoder}'s
 * length checks. Not thread-safe; one per stream and decode.
 */
final class FrameDecoder implements AutoCloseable {

    private final FfmpegInput input;
    private final int streamIndex;
    private final AVCodecContext codec;
    private final AVFrame frame = avutil.av_frame_alloc();
    private boolean draining;
    private boolean finished;

    /** Opens FFmpeg's decoder for stream {@code streamIndex} of {@code input}. */
    FrameDecoder(FfmpegInput input, int streamIndex) {
        this.input = input;
        this.streamIndex = streamIndex;
        this.codec = open(input, streamIndex);
    }

    AVCodecContext codec() {
        return codec;
    }

    /**
     * The next decoded frame, or null when the stream has no more. The frame belongs to this decoder and is valid
     * until the next call.
     */
    AVFrame next() {
        while (!finished) {
            int received = avcodec.avcodec_receive_frame(codec, frame);
            if (received >= 0) {
                return frame;
            }
            if (received == avutil.AVERROR_EOF()) {
                finished = true;
            } else {
                feed();
            }
        }
        return null;
    }

    private void feed() {
        if (draining) {
            finished = true;
            return;
        }
        AVPacket packet = input.nextPacket(streamIndex);
        avcodec.avcodec_send_packet(codec, packet);
        draining = packet == null;
    }

    private static AVCodecContext open(FfmpegInput input, int streamIndex) {
        int codecId = input.stream(streamIndex).codecpar().codec_id();
        AVCodec decoder = avcodec.avcodec_find_decoder(codecId);
        if (decoder == null || decoder.isNull()) {
            throw new UndecodableAudioException(input.displayName(), "not a readable audio or video file (no decoder"
                    + " for " + avcodec.avcodec_get_name(codecId).getString() + ")");
        }
        AVCodecContext context = avcodec.avcodec_alloc_context3(decoder);
        try {
            check(input, avcodec.avcodec_parameters_to_context(context, input.stream(streamIndex).codecpar()));
            context.pkt_timebase(input.stream(streamIndex).time_base());
            check(input, avcodec.avcodec_open2(context, decoder, (AVDictionary) null));
            return context;
        } catch (RuntimeException e) {
            avcodec.avcodec_free_context(context);
            throw e;
        }
    }

    private static void check(FfmpegInput input, int result) {
        if (result < 0) {
            throw new UndecodableAudioException(input.displayName(), "not a readable audio or video file ("
                    + FfmpegLibrary.describe(result) + ")");
        }
    }

    @Override
    public void close() {
        avutil.av_frame_free(frame);
        avcodec.avcodec_free_context(codec);
    }
}
