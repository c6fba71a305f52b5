package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.DoubleConsumer;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

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
        FFmpegFrameGrabber grabber = source.grabber();
        AudioFormat format = audio.format();
        double frameRate = frameRate(grabber.getFrameRate());
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder("file:" + target.toAbsolutePath(),
                grabber.getImageWidth(), grabber.getImageHeight(), format.channels());
        FfmpegEncoder.configureAudio(recorder, container.audioFormat(), format);
        recorder.setFormat(container.muxer());
        recorder.setVideoCodecName(H264_ENCODER);
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(frameRate);
        recorder.setVideoBitrate((int) Math.min(Integer.MAX_VALUE,
                BITS_PER_PIXEL * grabber.getImageWidth() * grabber.getImageHeight() * frameRate));
        try (PcmReader reader = audio.openReader()) {
            recorder.start();
            AudioFeed feed = new AudioFeed(recorder, reader, format, audioOffsetSeconds);
            long firstMicros = Long.MIN_VALUE;
            long lastFrame = -1;
            Frame image;
            while ((image = nextImage(source)) != null) {
                firstMicros = firstMicros == Long.MIN_VALUE ? image.timestamp : firstMicros;
                double seconds = videoOffsetSeconds + (image.timestamp - firstMicros) / 1e6;
                feed.writeUntil(seconds);
                lastFrame = Math.max(lastFrame + 1, Math.round(seconds * frameRate));
                recorder.setFrameNumber((int) lastFrame);
                recorder.record(image);
                if (lastFrame % 25 == 0 && totalSeconds > 0) {
                    progress.accept(Math.min(1, seconds / totalSeconds));
                }
            }
            feed.writeUntil(Double.POSITIVE_INFINITY);
            recorder.stop();
            progress.accept(1);
        } catch (FrameRecorder.Exception e) {
            throw new EarshotException("cannot encode H.264 video for " + container.extension() + ": "
                    + FfmpegLibrary.reason(e), e);
        } finally {
            FfmpegEncoder.release(recorder);
        }
    }

    private static double frameRate(double probed) {
        return probed > 0 && probed <= MAX_FRAME_RATE ? probed : DEFAULT_FRAME_RATE;
    }

    private static Frame nextImage(FfmpegInput source) {
        try {
            return source.grabber().grabImage();
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new EarshotException("cannot decode the video of '" + source.displayName() + "': "
                    + FfmpegLibrary.reason(e), e);
        }
    }

    /** The working audio, written block by block up to a point in time, after a lead of silence. */
    private static final class AudioFeed {

        private final FFmpegFrameRecorder recorder;
        private final PcmReader reader;
        private final AudioFormat format;
        private final float[] block;
        private long silenceFrames;
        private long written;
        private boolean finished;

        AudioFeed(FFmpegFrameRecorder recorder, PcmReader reader, AudioFormat format, double offsetSeconds) {
            this.recorder = recorder;
            this.reader = reader;
            this.format = format;
            this.block = new float[BLOCK_FRAMES * format.channels()];
            this.silenceFrames = Math.max(0, format.frames(offsetSeconds));
        }

        void writeUntil(double seconds) throws FrameRecorder.Exception {
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
                recorder.recordSamples(format.sampleRate(), format.channels(),
                        FloatBuffer.wrap(block, 0, frames * format.channels()));
                written += frames;
            }
        }
    }
}
