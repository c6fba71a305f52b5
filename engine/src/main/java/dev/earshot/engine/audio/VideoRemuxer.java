package dev.earshot.engine.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import dev.earshot.engine.error.EarshotException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Puts new audio back together with the picture of the media file it came from, in a {@link VideoContainer}: the
 * audio is encoded in the container's audio codec, the picture is copied or re-encoded as the container's table
 * says. The audio is placed where the original audio stream started relative to the picture, so they stay in
 * sync. A file without a picture gives an audio-only file of that container. Memory does not grow with duration.
 *
 * <p>Stateless and thread-safe: each call opens its own FFmpeg contexts.
 */
public final class VideoRemuxer {

    private final AudioEncoder encoder = new AudioEncoder();

    /**
     * Writes {@code target} (replaced if present).
     *
     * @param source      the original media file: video with an audio stream, or audio only
     * @param displayName the name the user knows the source by, used in error messages
     * @param audio       the new sound (any channel count the container's audio codec takes; 1 to 8)
     * @param workDir     an existing folder for an intermediate file, which is removed afterwards
     * @param progress    told the fraction done, 0 to 1; it may throw to stop the work
     * @throws EarshotException if the container cannot carry the source's picture
     *                          ({@link VideoContainer.Handling#UNSUPPORTED}) or FFmpeg fails; the partial target
     *                          is deleted
     * @throws dev.earshot.engine.error.UndecodableAudioException if the source cannot be opened
     */
    public void write(Path source, String displayName, PcmFile audio, Path target, VideoContainer container,
                      Path workDir, DoubleConsumer progress) {
        try (FfmpegInput input = FfmpegInput.open(source, displayName)) {
            AVFormatContext context = input.context();
            int video = FfmpegInput.videoStreamIndex(context);
            double audioStart = startSeconds(context.streams(input.audioStream()));
            double videoStart = video < 0 ? audioStart : startSeconds(context.streams(video));
            double origin = Math.min(audioStart, videoStart);
            double total = audio.durationSeconds() + audioStart - origin;
            Optional<VideoStreamInfo> picture = VideoProbe.describe(input);
            VideoContainer.Handling handling = picture.map(p -> container.handling(p.codec()))
                    .orElse(VideoContainer.Handling.COPY);
            switch (handling) {
                case UNSUPPORTED -> throw new EarshotException(container.extension() + " cannot carry the "
                        + picture.orElseThrow().codec() + " video of '" + displayName + "'; it carries "
                        + String.join(", ", container.copiedCodecs().stream().sorted().toList()));
                case REENCODE_H264 -> VideoTranscoder.write(input, audio, videoStart - origin, audioStart - origin,
                        target, container, total, progress);
                case COPY -> copy(input, video, audio, audioStart - origin, -origin, target, container, workDir,
                        total, progress);
            }
        } catch (RuntimeException e) {
            deletePartial(target, e);
            throw e;
        }
    }

    private void copy(FfmpegInput input, int video, PcmFile audio, double audioOffset, double videoOffset,
                      Path target, VideoContainer container, Path workDir, double total, DoubleConsumer progress) {
        Path encoded = workDir.resolve("remux-audio-" + System.nanoTime() + "." + container.audioFormat().extension());
        try {
            encoder.encode(audio, encoded, container.audioFormat());
            try (FfmpegInput sound = FfmpegInput.open(encoded, "the cleaned audio")) {
                List<PacketMuxer.Track> tracks = new ArrayList<>();
                if (video >= 0) {
                    tracks.add(new PacketMuxer.Track(input, video, videoOffset));
                }
                tracks.add(new PacketMuxer.Track(sound, sound.audioStream(), audioOffset));
                PacketMuxer.write(tracks, target, container.muxer(), options(container), total, progress);
            }
        } finally {
            deletePartial(encoded, null);
        }
    }

    private static Map<String, String> options(VideoContainer container) {
        return container == VideoContainer.MP4 || container == VideoContainer.MOV
                ? Map.of("movflags", "+faststart") : Map.of();
    }

    private static double startSeconds(AVStream stream) {
        long start = stream.start_time();
        return start == AV_NOPTS_VALUE ? 0 : start * avutil.av_q2d(stream.time_base());
    }

    private static void deletePartial(Path file, RuntimeException failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            if (failure == null) {
                throw new UncheckedIOException("cannot delete " + file, e);
            }
            failure.addSuppressed(e);
        }
    }
}
