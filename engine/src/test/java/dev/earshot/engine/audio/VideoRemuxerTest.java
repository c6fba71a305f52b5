package dev.earshot.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.error.EarshotException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New audio put back with the picture of its video: copied where the container carries it, else H.264. */
class VideoRemuxerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final VideoRemuxer remuxer = new VideoRemuxer();

    @Test
    void copiesAPictureTheContainerCarriesPacketForPacket() throws Exception {
        Path source = video(dir.resolve("in.mp4"), "mp4", "mpeg4", "aac", 3.0);
        PcmFile tone = TestAudio.tones(dir.resolve("tone.pcm"), new AudioFormat(44_100, 1), 3.0, 660);
        Path target = dir.resolve("out.mp4");
        List<Double> progress = new ArrayList<>();

        remuxer.write(source, "in.mp4", tone, target, VideoContainer.MP4, dir, progress::add);

        assertThat(new VideoProbe().probe(target, "out.mp4")).get().extracting(VideoStreamInfo::codec)
                .isEqualTo("mpeg4");
        assertThat(videoPacketBytes(target)).isEqualTo(videoPacketBytes(source));
        assertThat(new AudioProbe().probe(target, "out.mp4").codec()).isEqualTo("aac");
        PcmFile sound = decode(target);
        assertThat(sound.durationSeconds()).isCloseTo(3.0, within(0.1));
        assertThat(TestAudio.frequency(sound, 0)).isCloseTo(660, within(6.0));
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().startsWith("remux-audio"))).isEmpty();
    }

    @Test
    void reencodesToH264WhenTheContainerCannotCarryThePicture() throws Exception {
        Path source = video(dir.resolve("in.webm"), "webm", "libvpx", "libopus", 2.0);
        PcmFile tone = TestAudio.tones(dir.resolve("tone.pcm"), new AudioFormat(48_000, 1), 2.0, 440);
        Path target = dir.resolve("out.mp4");

        remuxer.write(source, "in.webm", tone, target, VideoContainer.MP4, dir, f -> { });

        VideoStreamInfo picture = new VideoProbe().probe(target, "out.mp4").orElseThrow();
        assertThat(picture.codec()).isEqualTo("h264");
        assertThat(picture.width()).isEqualTo(64);
        assertThat(videoPackets(target)).isEqualTo(videoPackets(source));
        PcmFile sound = decode(target);
        assertThat(sound.durationSeconds()).isCloseTo(2.0, within(0.1));
        assertThat(TestAudio.frequency(sound, 0)).isCloseTo(440, within(5.0));
    }

    @Test
    void copiesVp8IntoMatroskaAndWebm() throws Exception {
        Path source = video(dir.resolve("in.webm"), "webm", "libvpx", "libopus", 2.0);
        PcmFile tone = TestAudio.tones(dir.resolve("tone.pcm"), new AudioFormat(48_000, 1), 2.0, 440);

        for (VideoContainer container : List.of(VideoContainer.MKV, VideoContainer.WEBM)) {
            Path target = dir.resolve("out." + container.extension());
            remuxer.write(source, "in.webm", tone, target, container, dir, f -> { });

            assertThat(videoPacketBytes(target)).isEqualTo(videoPacketBytes(source));
            assertThat(new AudioProbe().probe(target, "out").codec()).isEqualTo("opus");
            assertThat(decode(target).durationSeconds()).isCloseTo(2.0, within(0.1));
        }
    }

    @Test
    void refusesAPictureWebmCannotCarryAndLeavesNoFile() throws Exception {
        Path source = video(dir.resolve("in.mp4"), "mp4", "mpeg4", "aac", 1.0);
        PcmFile tone = TestAudio.tones(dir.resolve("tone.pcm"), new AudioFormat(44_100, 1), 1.0, 440);
        Path target = dir.resolve("out.webm");

        assertThatThrownBy(() -> remuxer.write(source, "in.mp4", tone, target, VideoContainer.WEBM, dir, f -> { }))
                .isInstanceOf(EarshotException.class)
                .hasMessageContaining("webm cannot carry the mpeg4 video of 'in.mp4'")
                .hasMessageContaining("vp8, vp9");
        assertThat(target).doesNotExist();
        assertThat(VideoContainer.WEBM.handling("h264")).isEqualTo(VideoContainer.Handling.UNSUPPORTED);
        assertThat(VideoContainer.MP4.handling("vp8")).isEqualTo(VideoContainer.Handling.REENCODE_H264);
    }

    @Test
    void audioWithoutPictureBecomesAnAudioOnlyFileOfTheContainer() throws Exception {
        PcmFile original = TestAudio.tones(dir.resolve("orig.pcm"), new AudioFormat(44_100, 1), 2.0, 440);
        Path source = dir.resolve("in.wav");
        new AudioEncoder().encode(original, source, OutputFormat.WAV);
        Path target = dir.resolve("out.webm");

        remuxer.write(source, "in.wav", original, target, VideoContainer.WEBM, dir, f -> { });

        assertThat(new AudioProbe().probe(target, "out.webm").hasVideo()).isFalse();
        assertThat(TestAudio.frequency(decode(target), 0)).isCloseTo(440, within(5.0));
        assertThat(VideoContainer.WEBM.contentType(false)).isEqualTo("audio/webm");
    }

    @Test
    void stopsWhenProgressThrowsAndDeletesThePartialFile() throws Exception {
        Path source = video(dir.resolve("in.mp4"), "mp4", "mpeg4", "aac", 3.0);
        PcmFile tone = TestAudio.tones(dir.resolve("tone.pcm"), new AudioFormat(44_100, 1), 3.0, 440);
        Path target = dir.resolve("out.mkv");

        assertThatThrownBy(() -> remuxer.write(source, "in.mp4", tone, target, VideoContainer.MKV, dir, f -> {
            throw new IllegalStateException("stop");
        })).hasMessage("stop");
        assertThat(target).doesNotExist();
    }

    private PcmFile decode(Path file) {
        return new AudioDecoder().decode(file, file.toString(), dir.resolve("check-" + System.nanoTime() + ".pcm"),
                DecodeOptions.original(TIMEOUT));
    }

    /** A 64x48 video at 10 fps with a moving bar, and a 440 Hz mono sound, through FFmpeg's encoders. */
    static Path video(Path target, String container, String videoEncoder, String audioEncoder, double seconds) {
        return TestMedia.video(target, new TestMedia.Video(container, videoEncoder, audioEncoder, 64, 48, 10, 48_000),
                seconds, (frame, x, y) -> x == frame % 64 ? 255 : 40, TestMedia.harmonics(48_000));
    }

    private static long videoPacketBytes(Path file) {
        return TestMedia.videoPackets(file)[1];
    }

    private static long videoPackets(Path file) {
        return TestMedia.videoPackets(file)[0];
    }
}
