package dev.earshot.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.error.EarshotException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Encoder limits, chosen rates and clean-up after failures. */
class AudioEncoderTest {

    @TempDir
    Path dir;

    private final AudioEncoder encoder = new AudioEncoder();

    @Test
    void mp3RefusesMoreThanTwoChannelsAndWritesNothing() {
        PcmFile quad = TestAudio.tones(dir.resolve("q.pcm"), new AudioFormat(44_100, 4), 0.2, 200, 300, 400, 500);
        Path target = dir.resolve("q.mp3");

        assertThatThrownBy(() -> encoder.encode(quad, target, OutputFormat.MP3))
                .isExactlyInstanceOf(EarshotException.class)
                .hasMessageContaining("at most 2 channels");
        assertThat(target).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void aFailureHalfwayDeletesThePartialOutput(OutputFormat format) {
        PcmFile real = TestAudio.tones(dir.resolve("r.pcm"), new AudioFormat(16_000, 1), 2.0, 440);
        PcmFile lying = new PcmFile(real.path(), real.format(), real.frames() * 10);
        Path target = dir.resolve("partial." + format.extension());

        assertThatThrownBy(() -> encoder.encode(lying, target, format)).isInstanceOf(UncheckedIOException.class);
        assertThat(target).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({
        "MP3, 96000, 48000", "MP3, 44100, 44100", "MP3, 16000, 16000", "MP3, 6000, 8000",
        "M4A, 192000, 96000", "M4A, 22050, 22050", "OGG, 44100, 48000", "OGG, 8000, 48000",
        "FLAC, 192000, 192000", "FLAC, 768000, 655350", "WAV, 768000, 768000"})
    void outputRateIsTheNearestTheEncoderSupports(OutputFormat format, int source, int expected) {
        assertThat(AudioEncoder.outputSampleRate(format, source)).isEqualTo(expected);
    }

    @Test
    void highResolutionFlacKeepsItsRateAndLength() {
        PcmFile hiRes = TestAudio.tones(dir.resolve("h.pcm"), new AudioFormat(192_000, 2), 1.5, 1000, 20_000);
        Path flac = dir.resolve("h.flac");

        encoder.encode(hiRes, flac, OutputFormat.FLAC);
        PcmFile back = new AudioDecoder().decode(flac, "h.flac", dir.resolve("b.pcm"),
                DecodeOptions.original(Duration.ofSeconds(10)));

        assertThat(back.format()).isEqualTo(hiRes.format());
        assertThat(back.frames()).isEqualTo(hiRes.frames());
        assertThat(TestAudio.frequency(back, 1)).isCloseTo(20_000, within(50.0));
    }

    @Test
    void mp3FromNinetySixKilohertzIsResampledNotRefused() {
        PcmFile source = TestAudio.tones(dir.resolve("s.pcm"), new AudioFormat(96_000, 1), 1.0, 1000);
        Path mp3 = dir.resolve("s.mp3");

        encoder.encode(source, mp3, OutputFormat.MP3);
        AudioInfo info = new AudioProbe().probe(mp3, "s.mp3");

        assertThat(info.sampleRate()).isEqualTo(48_000);
        assertThat(info.durationSeconds()).isCloseTo(1.0, within(0.06));
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"WAV", "MP3"})
    void progressRisesInPercentStepsToOneAtTheEnd(OutputFormat format) {
        PcmFile minute = TestAudio.tones(dir.resolve("in.pcm"), new AudioFormat(44_100, 2), 60.0, 440, 660);
        List<Double> told = new ArrayList<>();

        encoder.encode(minute, dir.resolve("out." + format.extension()), format, told::add);

        assertThat(told).hasSizeBetween(20, 101).isSorted().doesNotHaveDuplicates().last().isEqualTo(1.0);
        assertThat(told.get(0)).isBetween(0.0, 0.1);
    }

    @Test
    void progressThatThrowsStopsTheEncodeAndLeavesNoFile() {
        PcmFile minute = TestAudio.tones(dir.resolve("in.pcm"), new AudioFormat(44_100, 2), 60.0, 440, 660);
        Path target = dir.resolve("out.flac");

        assertThatThrownBy(() -> encoder.encode(minute, target, OutputFormat.FLAC, fraction -> {
            if (fraction > 0.5) {
                throw new IllegalStateException("stop");
            }
        })).hasMessage("stop");
        assertThat(target).doesNotExist();
    }
}
