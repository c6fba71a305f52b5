package dev.earshot.engine.audio;

import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;

import dev.earshot.engine.error.UndecodableAudioException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.Set;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * One opened input: an FFmpeg grabber that delivers packed 32-bit float samples, with the checks that keep
 * corrupt files from reaching native code in a state it mishandles. Every FFmpeg failure becomes an
 * {@link UndecodableAudioException}. Not thread-safe; one per decode.
 */
final class FfmpegInput implements AutoCloseable {

    static final int MIN_SAMPLE_RATE = 1_000;
    static final int MAX_SAMPLE_RATE = 768_000;
    static final int MAX_CHANNELS = 64;

    /** Planes in an FFmpeg frame's {@code data} array (FFmpeg's {@code AV_NUM_DATA_POINTERS}). */
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

    private final FFmpegFrameGrabber grabber;
    private final String displayName;
    private final AudioInfo info;

    private FfmpegInput(FFmpegFrameGrabber grabber, String displayName, AudioInfo info) {
        this.grabber = grabber;
        this.displayName = displayName;
        this.info = info;
    }

    /** Opens {@code source} and reads its stream layout; the caller closes the result. */
    static FfmpegInput open(Path source, String displayName) {
        requireNonEmptyFile(source, displayName);
        FfmpegLibrary.load();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber("file:" + source.toAbsolutePath());
        grabber.setSampleFormat(AV_SAMPLE_FMT_FLT);
        grabber.setOption("format_whitelist", CONTAINERS);
        grabber.setOption("protocol_whitelist", "file");
        try {
            grabber.start();
            AudioInfo info = describe(grabber, source, displayName);
            return new FfmpegInput(grabber, displayName, info);
        } catch (UndecodableAudioException e) {
            release(grabber);
            throw e;
        } catch (Exception e) {
            release(grabber);
            throw new UndecodableAudioException(displayName, "not a readable audio or video file", e);
        }
    }

    AudioInfo info() {
        return info;
    }

    /** The opened demuxer, for stream-level work in this package (packet copy, video frames). */
    FFmpegFrameGrabber grabber() {
        return grabber;
    }

    String displayName() {
        return displayName;
    }

    /** Asks FFmpeg's resampler for {@code sampleRate} Hz and {@code channels} channels from the next frame on. */
    void convertTo(int sampleRate, int channels) {
        grabber.setSampleRate(sampleRate);
        grabber.setAudioChannels(channels);
    }

    /**
     * The next block of interleaved samples, or null at the end of the stream. The buffer belongs to FFmpeg
     * and is only valid until the next call.
     */
    FloatBuffer nextSamples(int expectedChannels) {
        while (true) {
            Frame frame = grab();
            if (frame == null) {
                return null;
            }
            if (frame.samples == null || frame.samples.length == 0 || frame.samples[0] == null) {
                continue;
            }
            if (frame.samples.length != 1 || !(frame.samples[0] instanceof FloatBuffer samples)
                    || frame.audioChannels != expectedChannels || samples.remaining() % expectedChannels != 0) {
                throw new UndecodableAudioException(displayName, "FFmpeg returned samples in an unexpected layout");
            }
            return samples;
        }
    }

    private Frame grab() {
        try {
            return grabber.grabSamples();
        } catch (Exception e) {
            throw new UndecodableAudioException(displayName, "decoding failed: " + FfmpegLibrary.reason(e), e);
        }
    }

    @Override
    public void close() {
        release(grabber);
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

    private static AudioInfo describe(FFmpegFrameGrabber grabber, Path source, String displayName) {
        if (!grabber.hasAudio() || grabber.getAudioStream() < 0) {
            throw new UndecodableAudioException(displayName, "the file has no audio stream");
        }
        int rate = grabber.getSampleRate();
        int channels = grabber.getAudioChannels();
        if (rate < MIN_SAMPLE_RATE || rate > MAX_SAMPLE_RATE) {
            throw new UndecodableAudioException(displayName, "unsupported sample rate " + rate + " Hz (must be "
                    + MIN_SAMPLE_RATE + ".." + MAX_SAMPLE_RATE + ")");
        }
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new UndecodableAudioException(displayName, "unsupported channel count " + channels
                    + " (must be 1.." + MAX_CHANNELS + ")");
        }
        AVFormatContext context = grabber.getFormatContext();
        requireSafeLayout(context.streams(grabber.getAudioStream()), channels, displayName);
        OptionalDouble declared = RiffHeader.declaredSeconds(source);
        double seconds = declared.orElseGet(() -> streamSeconds(context, grabber.getAudioStream()));
        String container = grabber.getFormat();
        boolean estimated = declared.isEmpty() && (UNRELIABLE_DURATION.contains(container)
                || context.duration_estimation_method() == avformat.AVFMT_DURATION_FROM_BITRATE);
        String codec = avcodec.avcodec_get_name(grabber.getAudioCodec()).getString();
        return new AudioInfo(container, codec, rate, channels, seconds, estimated, videoStreamIndex(context) >= 0);
    }

    /**
     * JavaCV hands FFmpeg's resampler only the first 8 planes of a planar frame, so more than 8 channels of a
     * planar codec (a 9-channel Opus file, say) crash the JVM inside swresample. Such files are refused.
     */
    private static void requireSafeLayout(AVStream stream, int channels, String displayName) {
        if (channels <= FRAME_PLANES) {
            return;
        }
        int sampleFormat = stream.codecpar().format();
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

    private static void release(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (Exception ignored) {
            // Nothing more can be done for native memory FFmpeg failed to free; the caller's outcome stands.
        }
    }
}
