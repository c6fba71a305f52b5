package dev.earshot.engine.audio;

import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;

import dev.earshot.engine.error.UndecodableAudioException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.Set;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * One opened input file: FFmpeg's demuxer with its stream layout, the checks that keep corrupt files from reaching
 * native code in a state it mishandles, and packet reading. Decoders ({@link FrameDecoder}) read their packets
 * from here. Every FFmpeg failure becomes an {@link UndecodableAudioException}. Not thread-safe; one per decode.
 */
final class FfmpegInput implements AutoCloseable {

    static final int MIN_SAMPLE_RATE = 1_000;
    static final int MAX_SAMPLE_RATE = 768_000;
    static final int MAX_CHANNELS = 64;

    /**
     * Planar channels Earshot decodes at most: the plane pointers an FFmpeg frame holds in place
     * ({@code AV_NUM_DATA_POINTERS}); files with more planes of a planar codec are refused up front.
     */
    static final int FRAME_PLANES = 8;

    /**
     * Demuxers FFmpeg may pick. Playlists and references (hls, dash, concat), images, text (tty) and network
     * formats are left out, so an upload cannot make FFmpeg read other files or guess a text file is video.
     */
    static final String CONTAINERS = String.join(",", "wav", "w64", "aiff", "caf", "au", "sox", "voc",
            "ircam", "nistsphere", "mp3", "aac", "loas", "ac3", "eac3", "dts", "dtshd", "truehd", "mlp", "flac",
            "ogg", "mov", "matroska", "webm", "asf", "xwma", "avi", "flv", "mpeg", "mpegts", "mxf", "nut", "rm",
            "amr", "amrnb", "amrwb", "gsm", "g722", "qcp", "ape", "wv", "tta", "tak", "shn", "mpc", "mpc8", "oma",
            "dsf");

    /** Containers whose declared duration FFmpeg reports too long: ASF adds its preroll (about 2 s). */
    private static final Set<String> UNRELIABLE_DURATION = Set.of("asf");

    private final AVFormatContext context;
    private final String displayName;
    private final int audioStream;
    private final AudioInfo info;
    private final AVPacket packet = avcodec.av_packet_alloc();

    private FfmpegInput(AVFormatContext context, String displayName, int audioStream, AudioInfo info) {
        this.context = context;
        this.displayName = displayName;
        this.audioStream = audioStream;
        this.info = info;
    }

    /** Opens {@code source} and reads its stream layout; the caller closes the result. */
    static FfmpegInput open(Path source, String displayName) {
        requireNonEmptyFile(source, displayName);
        FfmpegLibrary.load();
        AVFormatContext context = openContext(source, displayName);
        try {
            int audio = firstStream(context, AVMEDIA_TYPE_AUDIO);
            if (audio < 0) {
                throw new UndecodableAudioException(displayName, "the file has no audio stream");
            }
            return new FfmpegInput(context, displayName, audio, describe(context, audio, source, displayName));
        } catch (RuntimeException e) {
            avformat.avformat_close_input(context);
            throw e;
        }
    }

    AudioInfo info() {
        return info;
    }

    String displayName() {
        return displayName;
    }

    /** The opened demuxer, for stream-level work in this package. */
    AVFormatContext context() {
        return context;
    }

    /** Index of the audio stream {@link #info()} describes. */
    int audioStream() {
        return audioStream;
    }

    AVStream stream(int index) {
        return context.streams(index);
    }

    /**
     * The next packet of stream {@code streamIndex}, or null at the end of the file; packets of other streams are
     * skipped. The packet belongs to this input and is valid until the next call; the caller may unref it.
     */
    AVPacket nextPacket(int streamIndex) {
        while (true) {
            avcodec.av_packet_unref(packet);
            int result = avformat.av_read_frame(context, packet);
            if (result == avutil.AVERROR_EOF()) {
                return null;
            }
            if (result < 0) {
                throw new UndecodableAudioException(displayName, "reading failed: " + FfmpegLibrary.describe(result));
            }
            if (packet.stream_index() == streamIndex) {
                return packet;
            }
        }
    }

    @Override
    public void close() {
        avcodec.av_packet_free(packet);
        avformat.avformat_close_input(context);
    }

    private static AVFormatContext openContext(Path source, String displayName) {
        AVFormatContext context = new AVFormatContext(null);
        AVDictionary options = new AVDictionary(null);
        avutil.av_dict_set(options, "format_whitelist", CONTAINERS, 0);
        avutil.av_dict_set(options, "protocol_whitelist", "file", 0);
        try {
            int opened = avformat.avformat_open_input(context, "file:" + source.toAbsolutePath(), null, options);
            if (opened < 0) {
                throw notReadable(displayName, opened);
            }
        } finally {
            avutil.av_dict_free(options);
        }
        int found = avformat.avformat_find_stream_info(context, (AVDictionary) null);
        if (found < 0) {
            avformat.avformat_close_input(context);
            throw notReadable(displayName, found);
        }
        return context;
    }

    private static UndecodableAudioException notReadable(String displayName, int error) {
        return new UndecodableAudioException(displayName, "not a readable audio or video file ("
                + FfmpegLibrary.describe(error) + ")");
    }

    private static void requireNonEmptyFile(Path source, String displayName) {
        try {
            if (Files.size(source) == 0) {
                throw new UndecodableAudioException(displayName, "the file is empty");
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("input file does not exist: " + source, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input file " + source, e);
        }
    }

    private static AudioInfo describe(AVFormatContext context, int audio, Path source, String displayName) {
        AVCodecParameters parameters = context.streams(audio).codecpar();
        int rate = parameters.sample_rate();
        int channels = parameters.ch_layout().nb_channels();
        if (rate < MIN_SAMPLE_RATE || rate > MAX_SAMPLE_RATE) {
            throw new UndecodableAudioException(displayName, "unsupported sample rate " + rate + " Hz (must be "
                    + MIN_SAMPLE_RATE + ".." + MAX_SAMPLE_RATE + ")");
        }
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new UndecodableAudioException(displayName, "unsupported channel count " + channels
                    + " (must be 1.." + MAX_CHANNELS + ")");
        }
        requireSafeLayout(parameters, channels, displayName);
        OptionalDouble declared = RiffHeader.declaredSeconds(source);
        double seconds = declared.orElseGet(() -> streamSeconds(context, audio));
        String container = context.iformat().name().getString();
        boolean estimated = declared.isEmpty() && (UNRELIABLE_DURATION.contains(container)
                || context.duration_estimation_method() == avformat.AVFMT_DURATION_FROM_BITRATE);
        String codec = avcodec.avcodec_get_name(parameters.codec_id()).getString();
        return new AudioInfo(container, codec, rate, channels, seconds, estimated, videoStreamIndex(context) >= 0);
    }

    /** More than {@link #FRAME_PLANES} channels of a planar codec (a 9-channel Opus file, say) are refused. */
    private static void requireSafeLayout(AVCodecParameters parameters, int channels, String displayName) {
        if (channels <= FRAME_PLANES) {
            return;
        }
        int sampleFormat = parameters.format();
        if (sampleFormat < 0 || avutil.av_sample_fmt_is_planar(sampleFormat) != 0) {
            throw new UndecodableAudioException(displayName, channels + " channels in a planar codec are not"
                    + " supported (at most " + FRAME_PLANES + ")");
        }
    }

    private static double streamSeconds(AVFormatContext context, int streamIndex) {
        AVStream stream = context.streams(streamIndex);
        long duration = stream.duration();
        int num = stream.time_base().num();
        int den = stream.time_base().den();
        if (duration != AV_NOPTS_VALUE && duration > 0 && num > 0 && den > 0) {
            return duration * (double) num / den;
        }
        long whole = context.duration();
        return whole != AV_NOPTS_VALUE && whole > 0 ? whole / (double) AV_TIME_BASE : Double.NaN;
    }

    private static int firstStream(AVFormatContext context, int mediaType) {
        for (int i = 0; i < context.nb_streams(); i++) {
            if (context.streams(i).codecpar().codec_type() == mediaType) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first video stream that is not cover art, or -1 when there is none. */
    static int videoStreamIndex(AVFormatContext context) {
        for (int i = 0; i < context.nb_streams(); i++) {
            AVStream stream = context.streams(i);
            boolean picture = (stream.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0;
            if (stream.codecpar().codec_type() == AVMEDIA_TYPE_VIDEO && !picture) {
                return i;
            }
        }
        return -1;
    }
}
