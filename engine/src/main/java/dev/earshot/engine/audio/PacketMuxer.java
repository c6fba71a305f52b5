package dev.earshot.engine.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

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
            return input.stream(streamIndex);
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
        try (FfmpegOutput out = new FfmpegOutput(target, muxer)) {
            List<AVStream> streams = addStreams(out, tracks);
            out.writeHeader(options);
            copy(out, tracks, streams, totalSeconds, progress);
            out.finish();
        }
    }

    private static List<AVStream> addStreams(FfmpegOutput out, List<Track> tracks) {
        List<AVStream> streams = new ArrayList<>();
        for (Track track : tracks) {
            AVStream source = track.stream();
            AVStream copy = out.addStream();
            FfmpegLibrary.check(avcodec.avcodec_parameters_copy(copy.codecpar(), source.codecpar()),
                    "copy stream parameters");
            copy.codecpar().codec_tag(0);
            copy.time_base(source.time_base());
            streams.add(copy);
        }
        return streams;
    }

    private static void copy(FfmpegOutput out, List<Track> tracks, List<AVStream> streams, double totalSeconds,
                             DoubleConsumer progress) {
        double[] position = new double[tracks.size()];
        boolean[] finished = new boolean[tracks.size()];
        int packets = 0;
        for (int next = behind(position, finished); next >= 0; next = behind(position, finished)) {
            Track track = tracks.get(next);
            AVPacket packet = track.input().nextPacket(track.streamIndex());
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
            out.write(packet, streams.get(next), timeBase);
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
}
