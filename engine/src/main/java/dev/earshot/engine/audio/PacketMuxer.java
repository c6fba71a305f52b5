package dev.earshot.engine.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import dev.earshot.engine.error.EarshotException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * Writes streams of opened inputs into a new file without decoding them ({@code ffmpeg -c copy}). Packets are
 * taken from whichever track is furthest behind, so the muxer's interleaving queue stays short and memory does
 * not grow with duration. Each track may be shifted in time, which keeps picture and sound in sync when they come
 * from different files.
 */
final class PacketMuxer {

    /**
     * One stream to copy.
     *
     * @param input         the opened file it comes from
     * @param streamIndex   its index in that file
     * @param offsetSeconds added to every timestamp of the stream
     */
    record Track(FfmpegInput input, int streamIndex, double offsetSeconds) {

        AVStream stream() {
            return input.grabber().getFormatContext().streams(streamIndex);
        }
    }

    private PacketMuxer() {
    }

    /**
     * Writes {@code tracks} to {@code target} with FFmpeg's muxer {@code muxer}.
     *
     * @param totalSeconds expected length, for progress
     * @param progress     told the fraction written, 0 to 1; may throw to stop
     */
    static void write(List<Track> tracks, Path target, String muxer, Map<String, String> options,
                      double totalSeconds, DoubleConsumer progress) {
        FfmpegLibrary.load();
        AVFormatContext out = new AVFormatContext(null);
        check(avformat.avformat_alloc_output_context2(out, null, muxer, target.toAbsolutePath().toString()),
                "prepare the " + muxer + " output");
        try {
            List<AVStream> streams = addStreams(out, tracks);
            AVIOContext file = new AVIOContext(null);
            check(avformat.avio_open(file, "file:" + target.toAbsolutePath(), avformat.AVIO_FLAG_WRITE),
                    "open the output file");
            out.pb(file);
            writeHeader(out, options);
            copy(out, tracks, streams, totalSeconds, progress);
            check(avformat.av_write_trailer(out), "finish the " + muxer + " file");
        } finally {
            if (out.pb() != null && !out.pb().isNull()) {
                avformat.avio_close(out.pb());
            }
            avformat.avformat_free_context(out);
        }
    }

    private static List<AVStream> addStreams(AVFormatContext out, List<Track> tracks) {
        List<AVStream> streams = new ArrayList<>();
        for (Track track : tracks) {
            AVStream source = track.stream();
            AVStream copy = avformat.avformat_new_stream(out, null);
            if (copy == null || copy.isNull()) {
                throw new EarshotException("FFmpeg could not add a stream to the output");
            }
            check(avcodec.avcodec_parameters_copy(copy.codecpar(), source.codecpar()), "copy stream parameters");
            copy.codecpar().codec_tag(0);
            copy.time_base(source.time_base());
            streams.add(copy);
        }
        return streams;
    }

    private static void writeHeader(AVFormatContext out, Map<String, String> options) {
        AVDictionary dictionary = new AVDictionary(null);
        options.forEach((key, value) -> avutil.av_dict_set(dictionary, key, value, 0));
        try {
            check(avformat.avformat_write_header(out, dictionary), "write the file header");
        } finally {
            avutil.av_dict_free(dictionary);
        }
    }

    private static void copy(AVFormatContext out, List<Track> tracks, List<AVStream> streams, double totalSeconds,
                             DoubleConsumer progress) {
        double[] position = new double[tracks.size()];
        boolean[] finished = new boolean[tracks.size()];
        int packets = 0;
        for (int next = behind(position, finished); next >= 0; next = behind(position, finished)) {
            Track track = tracks.get(next);
            AVPacket packet = nextPacket(track);
            if (packet == null) {
                finished[next] = true;
                continue;
            }
            AVRational timeBase = track.stream().time_base();
            long shift = Math.round(track.offsetSeconds() * timeBase.den() / timeBase.num());
            packet.pts(packet.pts() == AV_NOPTS_VALUE ? AV_NOPTS_VALUE : packet.pts() + shift);
            packet.dts(packet.dts() == AV_NOPTS_VALUE ? AV_NOPTS_VALUE : packet.dts() + shift);
            long time = packet.dts() != AV_NOPTS_VALUE ? packet.dts() : packet.pts();
            if (time != AV_NOPTS_VALUE) {
                position[next] = time * avutil.av_q2d(timeBase);
            }
            avcodec.av_packet_rescale_ts(packet, timeBase, streams.get(next).time_base());
            packet.stream_index(streams.get(next).index());
            packet.pos(-1);
            check(avformat.av_interleaved_write_frame(out, packet), "write a packet");
            if (++packets % 64 == 0 && totalSeconds > 0) {
                progress.accept(Math.min(1, position[next] / totalSeconds));
            }
        }
        progress.accept(1);
    }

    /** The unfinished track with the earliest position, or -1 when all are finished. */
    private static int behind(double[] position, boolean[] finished) {
        int best = -1;
        for (int i = 0; i < position.length; i++) {
            if (!finished[i] && (best < 0 || position[i] < position[best])) {
                best = i;
            }
        }
        return best;
    }

    /** The next packet of the track's stream, or null at the end; packets of other streams are dropped. */
    private static AVPacket nextPacket(Track track) {
        FFmpegFrameGrabber grabber = track.input().grabber();
        try {
            AVPacket packet;
            while ((packet = grabber.grabPacket()) != null) {
                if (packet.stream_index() == track.streamIndex()) {
                    return packet;
                }
                avcodec.av_packet_unref(packet);
            }
            return null;
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new EarshotException("cannot read '" + track.input().displayName() + "': "
                    + FfmpegLibrary.reason(e), e);
        }
    }

    private static void check(int result, String action) {
        if (result < 0) {
            throw new EarshotException("FFmpeg could not " + action + ": " + FfmpegLibrary.describe(result));
        }
    }
}
