package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.AudioProbe;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.VideoProbe;
import dev.earshot.engine.audio.VideoStreamInfo;
import dev.earshot.server.support.DoorClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Video inputs: the cleaned audio goes back with the original picture, or the request is refused up front. */
class VideoOutputTest extends EnhanceServerTest {

    @TempDir
    Path dir;

    @Test
    void anMp4KeepsItsH264PicturePacketForPacketWithCleanedAudio() throws Exception {
        byte[] video = TestVideo.make(dir.resolve("clip.mp4"), "mp4", "libopenh264", "aac", 4);

        Map<String, Object> status = awaitFinished(submit("{\"fileId\": \"" + upload("clip.mp4", video)
                + "\", \"outputExtension\": \"mp4\"}"));

        DoorClient.Reply file = download(status);
        assertThat(file.header("Content-Type")).isEqualTo("video/mp4");
        Path out = Files.write(dir.resolve("out.mp4"), file.body());
        assertThat(new VideoProbe().probe(out, "out.mp4")).get().extracting(VideoStreamInfo::codec)
                .isEqualTo("h264");
        assertThat(TestVideo.videoPackets(out)).containsExactly(TestVideo.videoPackets(dir.resolve("clip.mp4")));
        assertThat(new AudioProbe().probe(out, "out.mp4").codec()).isEqualTo("aac");
        PcmFile before = NoisyAudio.decode(video, "in.mp4", dir);
        PcmFile after = NoisyAudio.decode(file.body(), "cleaned.mp4", dir);
        assertThat(after.durationSeconds()).isCloseTo(4.0, within(0.1));
        assertThat(NoisyAudio.rms(after, 0.1, 0.45)).isLessThan(NoisyAudio.rms(before, 0.1, 0.45) / 4);
        assertThat(NoisyAudio.rms(after, 0.6, 0.95)).isGreaterThan(0.15);
    }

    @Test
    void anOutputThatCannotCarryThePictureIsRefusedWith400AndNoJob() throws Exception {
        String fileId = upload("clip.mp4", TestVideo.make(dir.resolve("clip.mp4"), "mp4", "libopenh264", "aac", 1));
        long jobs = rows("jobs");

        DoorClient.Reply refused = removeNoise("{\"fileId\": \"" + fileId + "\", \"outputExtension\": \"webm\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json()).containsExactly(Map.entry("error", "webm cannot carry the input's h264 video (it "
                + "carries av1, vp8, vp9); ask for mp4, mov, mkv, or an audio format (wav, mp3, flac, ogg, m4a)"));
        assertThat(rows("jobs")).isEqualTo(jobs);
    }

    @Test
    void anAudioFormatDropsThePictureAndAVideoContainerHoldsAudioOnlyInput() throws Exception {
        String video = upload("clip.webm", TestVideo.make(dir.resolve("clip.webm"), "webm", "libvpx", "libopus", 2));
        String audio = upload("voice.wav", NoisyAudio.wav(2));

        DoorClient.Reply wav = download(awaitFinished(submit("{\"input\": \"" + video
                + "\", \"outputExtension\": \"wav\"}")));
        DoorClient.Reply webm = download(awaitFinished(submit("{\"input\": \"" + video + "\"}")));
        DoorClient.Reply mp4 = download(awaitFinished(submit("{\"input\": \"" + audio
                + "\", \"outputExtension\": \"mp4\"}")));

        assertThat(wav.header("Content-Type")).isEqualTo("audio/wav");
        assertThat(webm.header("Content-Type")).isEqualTo("video/webm");
        assertThat(new VideoProbe().probe(Files.write(dir.resolve("o.webm"), webm.body()), "o.webm")).get()
                .extracting(VideoStreamInfo::codec).isEqualTo("vp8");
        assertThat(mp4.header("Content-Type")).isEqualTo("audio/mp4");
        assertThat(new AudioProbe().probe(Files.write(dir.resolve("o.mp4"), mp4.body()), "o.mp4").hasVideo())
                .isFalse();
    }
}
