package dev.earshot.engine.audio;

import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * Media files made in code through FFmpeg's encoders and muxers, for inputs {@link AudioEncoder} does not write
 * (Ogg Vorbis, Ogg FLAC, many channels, video with any codec); shared with the server's tests through the engine's
 * test jar. Pictures are YUV 4:2:0 drawn by a {@link Painter}, sound is interleaved float drawn by a {@link Sound}.
 */
public final class TestMedia {

    /** The luma (0-255) of pixel ({@code x}, {@code y}) of frame {@code frame}; chroma stays grey. */
    @FunctionalInterface
    public interface Painter {
        int luma(int frame, int x, int y);
    }

    /** Sample {@code index} (0-based, at the file's rate) of channel {@code channel}, in [-1, 1]. */
    @FunctionalInterface
    public interface Sound {
        float sample(long index, int channel);
    }

    /**
     * A video.
     *
     * @param muxer        FFmpeg's muxer, e.g. {@code mp4}, {@code webm}
     * @param videoEncoder FFmpeg's encoder name, e.g. {@code mpeg4}, {@code libvpx}, {@code libopenh264}
     * @param audioEncoder FFmpeg's encoder name, e.g. {@code aac}, {@code libopus}
     * @param width        picture width in pixels
     * @param height       picture height in pixels
     * @param fps          frames per second
     * @param rate         audio sample rate in Hz (mono)
     */
    public record Video(String muxer, String videoEncoder, String audioEncoder, int width, int height, int fps,
                        int rate) {
    }

    private TestMedia() {
    }

    /** A 440 Hz sine per channel {@code c} times {@code c + 1}, at amplitude 0.5. */
    public static Sound harmonics(int rate) {
        return (index, channel) -> (float) (0.5 * Math.sin(2 * Math.PI * 440 * (channel + 1) * index / rate));
    }

    /** Writes {@code seconds} of {@code sound} with encoder {@code encoder} into muxer {@code muxer}. */
    public static Path audio(Path target, String muxer, String encoder, int rate, int channels, double seconds,
                             Map<String, String> options, Sound sound) {
        AudioFormat format = new AudioFormat(rate, channels);
        try (FfmpegOutput output = new FfmpegOutput(target, muxer);
             AudioTrackEncoder track = new AudioTrackEncoder(output, format,
                     new AudioTrackEncoder.Settings(encoder(encoder), rate, 64_000L * channels, -1, options))) {
            output.writeHeader(Map.of());
            writeSound(track, sound, format, 0, format.frames(seconds));
            track.finish();
            output.finish();
        }
        return target;
    }

    /** Writes a video of {@code seconds} seconds, its pictures by {@code painter} and mono sound by {@code sound}. */
    public static Path video(Path target, Video video, double seconds, Painter painter, Sound sound) {
        AudioFormat format = new AudioFormat(video.rate(), 1);
        long frames = Math.round(seconds * video.fps());
        try (FfmpegOutput output = new FfmpegOutput(target, video.muxer());
             VideoTrackEncoder pictures = new VideoTrackEncoder(output, new VideoTrackEncoder.Settings(
                     encoder(video.videoEncoder()), video.width(), video.height(), video.fps(), 400_000));
             AudioTrackEncoder track = new AudioTrackEncoder(output, format,
                     new AudioTrackEncoder.Settings(encoder(video.audioEncoder()), video.rate(), 64_000, -1,
                             Map.of()))) {
            output.writeHeader(Map.of());
            AVFrame picture = picture(video.width(), video.height());
            try {
                long samplesPerFrame = video.rate() / video.fps();
                for (int frame = 0; frame < frames; frame++) {
                    paint(picture, frame, painter);
                    pictures.write(picture, frame);
                    writeSound(track, sound, format, frame * samplesPerFrame, samplesPerFrame);
                }
            } finally {
                avutil.av_frame_free(picture);
            }
            pictures.finish();
            track.finish();
            output.finish();
        }
        return target;
    }

    /** The number of packets of the first video stream of {@code file} and their total size in bytes. */
    public static long[] videoPackets(Path file) {
        try (FfmpegInput input = FfmpegInput.open(file, file.getFileName().toString())) {
            int index = FfmpegInput.videoStreamIndex(input.context());
            long count = 0;
            long bytes = 0;
            AVPacket packet;
            while (index >= 0 && (packet = input.nextPacket(index)) != null) {
                count++;
                bytes += packet.size();
            }
            return new long[] {count, bytes};
        }
    }

    private static void writeSound(AudioTrackEncoder track, Sound sound, AudioFormat format, long first,
                                   long count) {
        int channels = format.channels();
        float[] block = new float[4096 * channels];
        for (long start = 0; start < count; start += 4096) {
            int frames = (int) Math.min(4096, count - start);
            for (int i = 0; i < frames; i++) {
                for (int c = 0; c < channels; c++) {
                    block[i * channels + c] = sound.sample(first + start + i, c);
                }
            }
            track.write(block, frames);
        }
    }

    private static AVFrame picture(int width, int height) {
        AVFrame picture = avutil.av_frame_alloc();
        picture.format(avutil.AV_PIX_FMT_YUV420P);
        picture.width(width);
        picture.height(height);
        FfmpegLibrary.check(avutil.av_frame_get_buffer(picture, 0), "allocate a picture");
        return picture;
    }

    private static void paint(AVFrame picture, int frame, Painter painter) {
        FfmpegLibrary.check(avutil.av_frame_make_writable(picture), "prepare a picture");
        BytePointer luma = picture.data(0);
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                luma.put((long) y * picture.linesize(0) + x, (byte) painter.luma(frame, x, y));
            }
        }
        for (int plane = 1; plane <= 2; plane++) {
            BytePointer chroma = picture.data(plane);
            for (int y = 0; y < picture.height() / 2; y++) {
                for (int x = 0; x < picture.width() / 2; x++) {
                    chroma.put((long) y * picture.linesize(plane) + x, (byte) 128);
                }
            }
        }
    }

    private static AVCodec encoder(String name) {
        return VideoTrackEncoder.Settings.encoder(name);
    }
}
