package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * One output file being written by an FFmpeg muxer: streams are added first, then the header is written, then
 * packets in any order (FFmpeg interleaves them), then the trailer. Closing frees the muxer and closes the file,
 * finished or not; the caller deletes a file it did not finish. Not thread-safe.
 */
final class FfmpegOutput implements AutoCloseable {

    private final AVFormatContext context = new AVFormatContext(null);
    private final String muxer;

    /** Prepares {@code target} for FFmpeg's muxer {@code muxer} (e.g. {@code mp4}, {@code ogg}, {@code ipod}). */
    FfmpegOutput(Path target, String muxer) {
        FfmpegLibrary.load();
        this.muxer = muxer;
        FfmpegLibrary.check(avformat.avformat_alloc_output_context2(context, null, muxer,
                target.toAbsolutePath().toString()), "prepare the " + muxer + " output");
        AVIOContext file = new AVIOContext(null);
        try {
            FfmpegLibrary.check(avformat.avio_open(file, "file:" + target.toAbsolutePath(), avformat.AVIO_FLAG_WRITE),
                    "open the output file");
        } catch (EarshotException e) {
            avformat.avformat_free_context(context);
            throw e;
        }
        context.pb(file);
    }

    /** True when the container wants codec headers out of band (encoders then set the global-header flag). */
    boolean wantsGlobalHeader() {
        return (context.oformat().flags() & avformat.AVFMT_GLOBALHEADER) != 0;
    }

    /** A new stream; its codec parameters are set by the caller before {@link #writeHeader}. */
    AVStream addStream() {
        AVStream stream = avformat.avformat_new_stream(context, null);
        if (stream == null || stream.isNull()) {
            throw new EarshotException("FFmpeg could not add a stream to the " + muxer + " output");
        }
        return stream;
    }

    /** Writes the file header with the muxer options {@code options} (e.g. {@code movflags=+faststart}). */
    void writeHeader(Map<String, String> options) {
        AVDictionary dictionary = new AVDictionary(null);
        options.forEach((key, value) -> avutil.av_dict_set(dictionary, key, value, 0));
        try {
            FfmpegLibrary.check(avformat.avformat_write_header(context, dictionary), "write the file header");
        } finally {
            avutil.av_dict_free(dictionary);
        }
    }

    /**
     * Writes {@code packet} to {@code stream}, its timestamps given in {@code timeBase}; the packet is consumed.
     */
    void write(AVPacket packet, AVStream stream, AVRational timeBase) {
        avcodec.av_packet_rescale_ts(packet, timeBase, stream.time_base());
        packet.stream_index(stream.index());
        packet.pos(-1);
        FfmpegLibrary.check(avformat.av_interleaved_write_frame(context, packet), "write a packet");
    }

    /**
     * Writes every packet {@code encoder} has ready to {@code stream}, using {@code packet} as scratch.
     *
     * @param what the kind of data, for the error message (e.g. {@code audio})
     */
    void writeEncoded(AVCodecContext encoder, AVPacket packet, AVStream stream, String what) {
        int received;
        while ((received = avcodec.avcodec_receive_packet(encoder, packet)) >= 0) {
            write(packet, stream, encoder.time_base());
        }
        if (received != avutil.AVERROR_EAGAIN() && received != avutil.AVERROR_EOF()) {
            FfmpegLibrary.check(received, "encode " + what);
        }
    }

    /** Writes what the muxer still holds and the trailer. */
    void finish() {
        FfmpegLibrary.check(avformat.av_write_trailer(context), "finish the " + muxer + " file");
    }

    @Override
    public void close() {
        if (context.pb() != null && !context.pb().isNull()) {
            avformat.avio_close(context.pb());
        }
        avformat.avformat_free_context(context);
    }
}
