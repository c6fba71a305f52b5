package dev.earshot.engine.audio;

import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;

/**
 * Reads what the picture stream of a media file holds, without decoding it. Stateless and thread-safe; each call
 * opens its own FFmpeg input.
 */
public final class VideoProbe {

    /**
     * Probes {@code source}.
     *
     * @param source      a local media file with an audio stream
     * @param displayName the name the user knows the file by, used in error messages
     * @return the first video stream that is not cover art, or empty for an audio-only file
     * @throws dev.earshot.engine.error.UndecodableAudioException as {@link AudioProbe#probe} does
     */
    public Optional<VideoStreamInfo> probe(Path source, String displayName) {
        try (FfmpegInput input = FfmpegInput.open(source, displayName)) {
            return describe(input);
        }
    }

    static Optional<VideoStreamInfo> describe(FfmpegInput input) {
        int index = FfmpegInput.videoStreamIndex(input.context());
        if (index < 0) {
            return Optional.empty();
        }
        AVStream stream = input.context().streams(index);
        String codec = avcodec.avcodec_get_name(stream.codecpar().codec_id()).getString();
        return Optional.of(new VideoStreamInfo(codec, stream.codecpar().width(), stream.codecpar().height(),
                rate(stream.avg_frame_rate(), rate(stream.r_frame_rate(), 0))));
    }

    private static double rate(AVRational rational, double fallback) {
        return rational.num() > 0 && rational.den() > 0 ? rational.num() / (double) rational.den() : fallback;
    }
}
