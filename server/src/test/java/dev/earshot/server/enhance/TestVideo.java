package dev.earshot.server.enhance;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** Small videos made in code with FFmpeg's encoders (JavaCV): a moving stripe and a noisy tone. */
final class TestVideo {

    private static final int WIDTH = 96;
    private static final int HEIGHT = 64;
    private static final int FPS = 12;
    private static final int RATE = 48_000;

    private TestVideo() {
    }

    /**
     * Writes a video of {@code seconds} seconds.
     *
     * @param container    FFmpeg muxer, e.g. {@code mp4}, {@code webm}
     * @param videoEncoder e.g. {@code libopenh264}, {@code libvpx}
     * @param audioEncoder e.g. {@code aac}, {@code libopus}
     */
    static byte[] make(Path target, String container, String videoEncoder, String audioEncoder, double seconds)
            throws Exception {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target.toString(), WIDTH, HEIGHT, 1);
        recorder.setFormat(container);
        recorder.setVideoCodecName(videoEncoder);
        recorder.setFrameRate(FPS);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setAudioCodecName(audioEncoder);
        recorder.setSampleRate(RATE);
        recorder.start();
        Frame image = new Frame(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3);
        float[] sound = new float[RATE / FPS];
        Random random = new Random(5);
        for (int frame = 0; frame < Math.round(seconds * FPS); frame++) {
            ByteBuffer pixels = (ByteBuffer) image.image[0];
            for (int i = 0; i < pixels.capacity(); i++) {
                pixels.put(i, (byte) ((i / 3) % WIDTH / 8 == frame % (WIDTH / 8) ? 230 : 30));
            }
            recorder.record(image);
            for (int i = 0; i < sound.length; i++) {
                double t = (frame * sound.length + i) / (double) RATE;
                double tone = t < seconds / 2 ? 0 : 0.3 * Math.sin(2 * Math.PI * 440 * t);
                sound[i] = (float) (tone + NoisyAudio.NOISE * random.nextGaussian());
            }
            recorder.recordSamples(RATE, 1, FloatBuffer.wrap(sound));
        }
        recorder.stop();
        recorder.release();
        return Files.readAllBytes(target);
    }

    /** The number of video packets and their total size in bytes. */
    static long[] videoPackets(Path file) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toString())) {
            grabber.start();
            long count = 0;
            long bytes = 0;
            AVPacket packet;
            while ((packet = grabber.grabPacket()) != null) {
                if (packet.stream_index() == grabber.getVideoStream()) {
                    count++;
                    bytes += packet.size();
                }
                avcodec.av_packet_unref(packet);
            }
            grabber.stop();
            return new long[] {count, bytes};
        }
    }
}
