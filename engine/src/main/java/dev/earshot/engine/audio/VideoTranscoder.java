package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Writes a new file whose picture is the source's picture encoded again as H.264 (OpenH264, YUV 4:2:0) and whose
 * sound is the given working audio, for containers that cannot carry the source's video codec. Frames and audio
 * blocks are written in time order, one at a time, so memory does not grow with duration. Timestamps are placed
 * on the frame-rate grid, so a variable frame rate becomes constant.
 */
final class VideoTranscoder {

    private static final String H264_ENCODER = "libopenh264";
    private static final int BLOCK_FRAMES = 4096;
    private static final double DEFAULT_FRAME_RATE = 25;
    private static final double MAX_FRAME_RATE = 120;
    /** Bits per pixel per frame for the H.264 bit rate (about 0.55 Mbit/s at 640x360, 24 fps). */
    private static final double BITS_PER_PIXEL = 0.1;

    private VideoTranscoder() {
    }

    /**
     * @param source             the opened original, positioned at its start
     * @param audio              the sound to write
     * @param videoOffsetSeconds where the first picture belongs on the output's timeline
     * @param audioOffsetSeconds where the first audio sample belongs on the output's timeline
     * @param progress           told the fraction written, 0 to 1; may throw to stop
     */
    static void write(FfmpegInput source, PcmFile audio, double videoOffsetSeconds, double audioOffsetSeconds,
                      Path target, VideoContainer container, double totalSeconds, DoubleConsumer progress) {
        int videoIndex = FfmpegInput.videoStreamIndex(source.context());
        AVStream videoStream = source.stream(videoIndex);
        int width = videoStream.codecpar().width();
        int height = videoStream.codecpar().height();
        double frameRate = frameRate(videoStream);
        VideoTrackEncoder.Settings video = new VideoTrackEncoder.Settings(VideoTrackEncoder.Settings.encoder(
                H264_ENCODER), width, height, frameRate, (long) (BITS_PER_PIXEL * width * height * frameRate));
        AudioFormat format = audio.format();
        try (FrameDecoder pictures = new FrameDecoder(source, videoIndex);
             PictureConverter converter = new PictureConverter(width, height);
             FfmpegOutput output = new FfmpegOutput(target, container.muxer());
             VideoTrackEncoder videoTrack = new VideoTrackEncoder(output, video);
             AudioTrackEncoder audioTrack = new AudioTrackEncoder(output, format,
                     FfmpegEncoder.settings(container.audioFormat(), format));
             PcmReader reader = audio.openReader()) {
            output.writeHeader(Map.of());
            AudioFeed feed = new AudioFeed(audioTrack, reader, format, audioOffsetSeconds);
            long firstTimestamp = Long.MIN_VALUE;
            long lastFrame = -1;
            double timeBase = avutil.av_q2d(videoStream.time_base());
            AVFrame image;
            while ((image = pictures.next()) != null) {
                long timestamp = image.best_effort_timestamp();
                timestamp = timestamp == avutil.AV_NOPTS_VALUE ? lastFrame + 1 : timestamp;
                firstTimestamp = firstTimestamp == Long.MIN_VALUE ? timestamp : firstTimestamp;
                double seconds = videoOffsetSeconds + (timestamp - firstTimestamp) * timeBase;
                feed.writeUntil(seconds);
                lastFrame = Math.max(lastFrame + 1, Math.round(seconds * frameRate));
                videoTrack.write(converter.convert(image), lastFrame);
                if (lastFrame % 25 == 0 && totalSeconds > 0) {
                    progress.accept(Math.min(1, seconds / totalSeconds));
                }
            }
            feed.writeUntil(Double.POSITIVE_INFINITY);
            videoTrack.finish();
            audioTrack.finish();
            output.finish();
            progress.accept(1);
        } catch (EarshotException e) {
            throw new EarshotException("cannot encode H.264 video for " + container.extension() + ": "
                    + e.getMessage(), e);
        }
    }

    private static double frameRate(AVStream stream) {
        double average = rate(stream.avg_frame_rate().num(), stream.avg_frame_rate().den());
        double probed = average > 0 ? average : rate(stream.r_frame_rate().num(), stream.r_frame_rate().den());
        return probed > 0 && probed <= MAX_FRAME_RATE ? probed : DEFAULT_FRAME_RATE;
    }

    private static double rate(int num, int den) {
        return num > 0 && den > 0 ? num / (double) den : 0;
    }

    /** The working audio, written block by block up to a point in time, after a lead of silence. */
    private static final class AudioFeed {

        private final AudioTrackEncoder track;
        private final PcmReader reader;
        private final AudioFormat format;
        private final float[] block;
        private long silenceFrames;
        private long written;
        private boolean finished;

        AudioFeed(AudioTrackEncoder track, PcmReader reader, AudioFormat format, double offsetSeconds) {
            this.track = track;
            this.reader = reader;
            this.format = format;
            this.block = new float[BLOCK_FRAMES * format.channels()];
            this.silenceFrames = Math.max(0, format.frames(offsetSeconds));
        }

        void writeUntil(double seconds) {
            while (!finished && written < format.frames(seconds)) {
                int frames;
                if (silenceFrames > 0) {
                    frames = (int) Math.min(BLOCK_FRAMES, silenceFrames);
                    Arrays.fill(block, 0, frames * format.channels(), 0f);
                    silenceFrames -= frames;
                } else {
                    frames = reader.read(block, BLOCK_FRAMES);
                }
                if (frames <= 0) {
                    finished = true;
                    return;
                }
                track.write(block, frames);
                written += frames;
            }
        }
    }
}
