package dev.earshot.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Encodes generated tones to every output format and decodes them back. */
class AudioRoundTripTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final double SECONDS = 3.0;

    @TempDir
    Path dir;

    private final AudioEncoder encoder = new AudioEncoder();
    private final AudioDecoder decoder = new AudioDecoder();
    private final AudioProbe probe = new AudioProbe();

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void stereoToneSurvivesEncodeAndDecode(OutputFormat format) {
        AudioFormat source = new AudioFormat(44_100, 2);
        PcmFile original = TestAudio.tones(dir.resolve("in.pcm"), source, SECONDS, 440, 1000);
        Path encoded = dir.resolve("out." + format.extension());

        encoder.encode(original, encoded, format);
        PcmFile decoded = decoder.decode(encoded, encoded.getFileName().toString(), dir.resolve("back.pcm"),
                DecodeOptions.original(TIMEOUT));

        int expectedRate = AudioEncoder.outputSampleRate(format, 44_100);
        assertThat(decoded.format()).isEqualTo(new AudioFormat(expectedRate, 2));
        assertThat(decoded.durationSeconds()).isCloseTo(SECONDS, within(format.lossless() ? 0.0001 : 0.06));
        assertThat(TestAudio.frequency(decoded, 0)).isCloseTo(440, within(440 * 0.01));
        assertThat(TestAudio.frequency(decoded, 1)).isCloseTo(1000, within(1000 * 0.01));
        assertThat(TestAudio.rms(decoded, 0)).isCloseTo(TestAudio.AMPLITUDE / Math.sqrt(2), within(0.02));
        AudioInfo info = probe.probe(encoded, "out");
        assertThat(info.channels()).isEqualTo(2);
        assertThat(info.sampleRate()).isEqualTo(expectedRate);
        assertThat(info.hasVideo()).isFalse();
        assertThat(info.durationSeconds()).isCloseTo(SECONDS, within(0.06));
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"WAV", "FLAC"})
    void losslessFormatsKeepEverySampleTo16Bits(OutputFormat format) {
        PcmFile original = TestAudio.tones(dir.resolve("in.pcm"), new AudioFormat(48_000, 2), 1.0, 440, 3000);
        Path encoded = dir.resolve("out." + format.extension());

        encoder.encode(original, encoded, format);
        PcmFile decoded = decoder.decode(encoded, "out", dir.resolve("back.pcm"), DecodeOptions.original(TIMEOUT));

        float[] expected = TestAudio.samples(original);
        float[] actual = TestAudio.samples(decoded);
        assertThat(actual).hasSameSizeAs(expected);
        float worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertThat(worst).isLessThanOrEqualTo(0.5f / 32768 + 1e-7f);
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void monoSixteenKilohertzIsWrittenAtASupportedRate(OutputFormat format) {
        PcmFile original = TestAudio.tones(dir.resolve("in.pcm"), AudioFormat.SPEECH, 2.0, 500);
        Path encoded = dir.resolve("out." + format.extension());

        encoder.encode(original, encoded, format);
        PcmFile decoded = decoder.decode(encoded, "out", dir.resolve("back.pcm"), DecodeOptions.speech(TIMEOUT));

        assertThat(decoded.format()).isEqualTo(AudioFormat.SPEECH);
        assertThat(decoded.durationSeconds()).isCloseTo(2.0, within(0.06));
        assertThat(TestAudio.frequency(decoded, 0)).isCloseTo(500, within(5.0));
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"WAV", "FLAC", "OGG", "M4A"})
    void sixChannelsKeepTheirOrder(OutputFormat format) {
        double[] tones = {300, 500, 700, 900, 1100, 1300};
        PcmFile original = TestAudio.tones(dir.resolve("in.pcm"), new AudioFormat(48_000, 6), 1.5, tones);
        Path encoded = dir.resolve("out." + format.extension());

        encoder.encode(original, encoded, format);
        PcmFile decoded = decoder.decode(encoded, "out", dir.resolve("back.pcm"), DecodeOptions.original(TIMEOUT));

        assertThat(decoded.format().channels()).isEqualTo(6);
        for (int c = 0; c < 6; c++) {
            if (format == OutputFormat.M4A && c == 3) {
                continue; // 6 channels are 5.1; AAC band-limits the LFE channel to about 120 Hz
            }
            assertThat(TestAudio.frequency(decoded, c)).as("channel %d", c)
                    .isCloseTo(tones[c], within(tones[c] * 0.02));
        }
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void emptyAudioGivesAFileThatHoldsNoSamples(OutputFormat format) throws Exception {
        PcmFile empty = PcmFile.create(dir.resolve("empty.pcm"), new AudioFormat(44_100, 1)).finish();
        Path encoded = dir.resolve("out." + format.extension());

        encoder.encode(empty, encoded, format);

        assertThat(encoded).exists();
        assertThat(Files.size(encoded)).isPositive();
    }
}
