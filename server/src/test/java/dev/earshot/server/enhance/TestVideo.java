package dev.earshot.server.enhance;

import dev.earshot.engine.audio.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Small videos made in code with FFmpeg's encoders (the engine's TestMedia): a moving stripe and a noisy tone. */
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
        Random random = new Random(5);
        TestMedia.video(target, new TestMedia.Video(container, videoEncoder, audioEncoder, WIDTH, HEIGHT, FPS, RATE),
                seconds, (frame, x, y) -> x / 8 == frame % (WIDTH / 8) ? 230 : 30, (index, channel) -> {
                    double t = index / (double) RATE;
                    double tone = t < seconds / 2 ? 0 : 0.3 * Math.sin(2 * Math.PI * 440 * t);
                    return (float) (tone + NoisyAudio.NOISE * random.nextGaussian());
                });
        return Files.readAllBytes(target);
    }

    /** The number of video packets and their total size in bytes. */
    static long[] videoPackets(Path file) {
        return TestMedia.videoPackets(file);
    }
}
