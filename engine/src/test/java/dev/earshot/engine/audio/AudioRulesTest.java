package dev.earshot.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small rules: truncation, options, formats, FFmpeg error text. */
class AudioRulesTest {

    @ParameterizedTest
    @CsvSource({
        "10.0, 3.0, true", "10.0, 8.9, true", "10.0, 9.1, false", "10.0, 10.5, false",
        "1.5, 0.4, true", "1.5, 0.6, false", "3600, 3239, true", "3600, 3241, false", "0.5, 0.0, false"})
    void truncationNeedsBothTheRatioAndTheSlack(double declared, double decoded, boolean truncated) {
        assertThat(AudioDecoder.truncated(declared, decoded)).isEqualTo(truncated);
    }

    @Test
    void decodeOptionsRejectBadValues() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new DecodeOptions(999, false, second))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecodeOptions(768_001, false, second))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecodeOptions(0, false, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecodeOptions(0, false, null)).isInstanceOf(NullPointerException.class);
        assertThat(DecodeOptions.speech(second).outputFormat(new AudioFormat(44_100, 2))).isEqualTo(AudioFormat.SPEECH);
        assertThat(DecodeOptions.original(second).outputFormat(new AudioFormat(44_100, 2)))
                .isEqualTo(new AudioFormat(44_100, 2));
    }

    @Test
    void outputFormatsHaveExtensionsAndContentTypes() {
        assertThat(OutputFormat.fromExtension(".MP3")).contains(OutputFormat.MP3);
        assertThat(OutputFormat.fromExtension("m4a")).contains(OutputFormat.M4A);
        assertThat(OutputFormat.fromExtension("aiff")).isEmpty();
        assertThat(OutputFormat.MP3.contentType()).isEqualTo("audio/mpeg");
        assertThat(OutputFormat.OGG.contentType()).isEqualTo("audio/ogg");
        assertThat(OutputFormat.M4A.contentType()).isEqualTo("audio/mp4");
        assertThat(OutputFormat.FLAC.lossless()).isTrue();
        assertThat(OutputFormat.MP3.lossless()).isFalse();
    }

    @Test
    void ffmpegErrorCodesBecomeFfmpegsOwnWords() {
        FfmpegLibrary.load();

        assertThat(FfmpegLibrary.describe(-1094995529)).isEqualTo("Invalid data found when processing input");
        assertThatThrownBy(() -> FfmpegLibrary.check(-1094995529, "open the input"))
                .hasMessage("FFmpeg could not open the input: Invalid data found when processing input");
        assertThat(FfmpegLibrary.check(7, "read")).isEqualTo(7);
    }
}
