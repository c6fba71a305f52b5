package dev.earshot.engine.audio;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Video files {@link VideoRemuxer} writes: the cleaned audio together with the picture of the original file.
 * The picture is copied as it is when the container carries its codec (no quality loss, fast); otherwise it is
 * re-encoded to H.264 (OpenH264, constrained baseline) where the container allows H.264, and refused where it
 * does not (WebM carries only VP8, VP9 and AV1, and Earshot does not encode those).
 *
 * <table>
 * <caption>What each container does with the picture and the audio</caption>
 * <tr><th>container</th><th>picture copied when it is</th><th>otherwise</th><th>audio</th></tr>
 * <tr><td>mp4</td><td>h264, hevc, mpeg4, av1, vp9</td><td>H.264</td><td>AAC</td></tr>
 * <tr><td>mov</td><td>h264, hevc, mpeg4, mjpeg, prores</td><td>H.264</td><td>AAC</td></tr>
 * <tr><td>mkv</td><td>h264, hevc, mpeg4, av1, vp8, vp9, theora, mjpeg, mpeg2video, prores, ffv1</td>
 *     <td>H.264</td><td>Opus</td></tr>
 * <tr><td>webm</td><td>vp8, vp9, av1</td><td>refused</td><td>Opus</td></tr>
 * </table>
 * A file without a picture is written as an audio-only file of the same container.
 */
public enum VideoContainer {

    MP4("mp4", "mp4", "video/mp4", "audio/mp4", OutputFormat.M4A,
            Set.of("h264", "hevc", "mpeg4", "av1", "vp9"), true),
    MOV("mov", "mov", "video/quicktime", "video/quicktime", OutputFormat.M4A,
            Set.of("h264", "hevc", "mpeg4", "mjpeg", "prores"), true),
    MKV("mkv", "matroska", "video/x-matroska", "audio/x-matroska", OutputFormat.OGG,
            Set.of("h264", "hevc", "mpeg4", "av1", "vp8", "vp9", "theora", "mjpeg", "mpeg2video", "prores", "ffv1"),
            true),
    WEBM("webm", "webm", "video/webm", "audio/webm", OutputFormat.OGG, Set.of("vp8", "vp9", "av1"), false);

    /** What happens to a picture stream of a given codec in a container. */
    public enum Handling {
        /** The packets are copied unchanged. */
        COPY,
        /** The picture is decoded and encoded again as H.264. */
        REENCODE_H264,
        /** The container cannot carry this picture. */
        UNSUPPORTED
    }

    private final String extension;
    private final String muxer;
    private final String videoContentType;
    private final String audioContentType;
    private final OutputFormat audioFormat;
    private final Set<String> copiedCodecs;
    private final boolean carriesH264;

    VideoContainer(String extension, String muxer, String videoContentType, String audioContentType,
                   OutputFormat audioFormat, Set<String> copiedCodecs, boolean carriesH264) {
        this.extension = extension;
        this.muxer = muxer;
        this.videoContentType = videoContentType;
        this.audioContentType = audioContentType;
        this.audioFormat = audioFormat;
        this.copiedCodecs = copiedCodecs;
        this.carriesH264 = carriesH264;
    }

    /** File name extension without the dot, lower case. */
    public String extension() {
        return extension;
    }

    /** MIME type of a file with a picture ({@code video/mp4}) or without one ({@code audio/mp4}). */
    public String contentType(boolean withVideo) {
        return withVideo ? videoContentType : audioContentType;
    }

    /** FFmpeg's name of the muxer. */
    String muxer() {
        return muxer;
    }

    /** The audio encoding the container carries (AAC as in M4A, or Opus as in OGG). */
    OutputFormat audioFormat() {
        return audioFormat;
    }

    /** Video codecs (FFmpeg names) whose packets this container carries unchanged. */
    public Set<String> copiedCodecs() {
        return copiedCodecs;
    }

    /** What happens to a picture of {@code videoCodec} (FFmpeg's codec name) in this container. */
    public Handling handling(String videoCodec) {
        if (copiedCodecs.contains(videoCodec)) {
            return Handling.COPY;
        }
        return carriesH264 ? Handling.REENCODE_H264 : Handling.UNSUPPORTED;
    }

    /** The container for a file name extension ({@code "mp4"}, {@code ".MKV"}), or empty if none matches. */
    public static Optional<VideoContainer> fromExtension(String extension) {
        String wanted = (extension.startsWith(".") ? extension.substring(1) : extension).toLowerCase(Locale.ROOT);
        for (VideoContainer container : values()) {
            if (container.extension.equals(wanted)) {
                return Optional.of(container);
            }
        }
        return Optional.empty();
    }
}
