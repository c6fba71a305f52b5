package dev.earshot.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.error.DecodeTimeoutException;
import dev.earshot.engine.error.UndecodableAudioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.bytedeco.ffmpeg.global.avcodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs that must fail with UndecodableAudioException, leave no target file and never crash the JVM. */
class BadInputTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final Random random = new Random(42);
    private final AudioDecoder decoder = new AudioDecoder();

    @Test
    void emptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.wav"));

        refused(empty).hasMessageContaining("empty");
    }

    @Test
    void garbageBytesNamedMp3() throws Exception {
        Path garbage = Files.write(dir.resolve("song.mp3"), randomBytes(64 * 1024));

        refused(garbage).hasMessageContaining("not a readable audio");
    }

    @Test
    void textFile() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "This is not audio.\n".repeat(500));

        refused(text).hasMessageContaining("not a readable audio");
    }

    @Test
    void mp3CutToThirtyPercentIsTruncated() throws Exception {
        PcmFile tone = TestAudio.tones(dir.resolve("tone.pcm"), new AudioFormat(44_100, 2), 10.0, 440, 660);
        Path mp3 = dir.resolve("full.mp3");
        new AudioEncoder().encode(tone, mp3, OutputFormat.MP3);
        byte[] bytes = Files.readAllBytes(mp3);
        Path cut = Files.write(dir.resolve("cut.mp3"), Arrays.copyOf(bytes, bytes.length * 3 / 10));

        refused(cut).hasMessageContaining("truncated").hasMessageContaining("declares 10.0");
    }

    @Test
    void wavWhoseHeaderClaimsMoreDataThanItHasIsTruncated() throws Exception {
        Path wav = TestAudio.wav(dir.resolve("short.wav"), 1, 2, 44_100, 16, 44_100L * 4 * 10, randomBytes(44_100 * 4));

        refused(wav).hasMessageContaining("truncated").hasMessageContaining("declares 10.000 s");
    }

    @Test
    void wavWithAHeaderAndNoSamples() throws Exception {
        Path wav = TestAudio.wav(dir.resolve("header-only.wav"), 1, 2, 44_100, 16, 0, new byte[0]);

        refused(wav).hasMessageContaining("no audio samples");
    }

    @ParameterizedTest
    @CsvSource({"7, 2", "0, 2", "2000000000, 2", "-1, 2", "44100, 0", "44100, 65535", "1, 1"})
    void randomBytesBehindAWavHeaderWithAbsurdFields(int rate, int channels) throws Exception {
        Path wav = TestAudio.wav(dir.resolve("absurd.wav"), 1, channels, rate, 16, 40_000, randomBytes(40_000));

        refused(wav);
    }

    @Test
    void nineChannelOpusIsRefusedBeforeFfmpegCanCrash() throws Exception {
        Path opus = TestAudio.record(dir.resolve("nine.ogg"), "ogg", avcodec.AV_CODEC_ID_OPUS, 48_000, 9, 0.5,
                Map.of("mapping_family", "255"));

        refused(opus).hasMessageContaining("9 channels");
    }

    @Test
    void decodeOverItsTimeBoundFailsWithTimeout() {
        PcmFile minute = TestAudio.tones(dir.resolve("long.pcm"), new AudioFormat(48_000, 2), 60.0, 440, 660);
        Path flac = dir.resolve("long.flac");
        new AudioEncoder().encode(minute, flac, OutputFormat.FLAC);
        Path target = dir.resolve("out.pcm");

        assertThatThrownBy(() -> decoder.decode(flac, "long.flac", target,
                new DecodeOptions(16_000, true, Duration.ofMillis(5))))
                .isExactlyInstanceOf(DecodeTimeoutException.class)
                .hasMessageContaining("timed out");
        assertThat(target).doesNotExist();
    }

    @Test
    void probeRefusesTheSameInputs() throws Exception {
        Path garbage = Files.write(dir.resolve("song.mp3"), randomBytes(4096));

        assertThatThrownBy(() -> new AudioProbe().probe(garbage, "song.mp3"))
                .isExactlyInstanceOf(UndecodableAudioException.class)
                .hasMessageContaining("song.mp3");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(Path input) {
        Path target = dir.resolve("decoded.pcm");
        AbstractThrowableAssert<?, ? extends Throwable> failure = assertThatThrownBy(() -> decoder.decode(input,
                input.getFileName().toString(), target, DecodeOptions.original(TIMEOUT)))
                .isExactlyInstanceOf(UndecodableAudioException.class)
                .hasMessageContaining(input.getFileName().toString());
        assertThat(target).doesNotExist();
        return failure;
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
