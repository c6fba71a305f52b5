package dev.earshot.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.AudioEncoder;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.AudioProbe;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.TestMedia;
import dev.earshot.engine.audio.VideoContainer;
import dev.earshot.engine.audio.VideoProbe;
import dev.earshot.engine.audio.VideoRemuxer;
import dev.earshot.engine.audio.VideoStreamInfo;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.TranscriptionSettings;
import dev.earshot.engine.speech.VadSettings;
import dev.earshot.engine.testing.SystemLibraries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every native path of the engine (FFmpeg decode, encode, remux and H.264 re-encode, Silero VAD on ONNX Runtime,
 * Vosk) maps no system library that a fresh Debian 12 with only a JDK lacks: see {@link SystemLibraries}.
 */
@EnabledOnOs(OS.LINUX)
class SystemLibraryUseTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void decodingEncodingRemuxingVadAndTranscriptionMapOnlyAllowedSystemLibraries() {
        PcmFile speech = SpeechFixtures.load("gb-female-140-16k.wav", dir);
        for (OutputFormat format : List.of(OutputFormat.MP3, OutputFormat.M4A, OutputFormat.OGG, OutputFormat.FLAC)) {
            Path encoded = dir.resolve("speech." + format.extension());
            new AudioEncoder().encode(speech, encoded, format);
            PcmFile decoded = new AudioDecoder().decode(encoded, encoded.getFileName().toString(),
                    dir.resolve("decoded-" + format.extension() + ".pcm"), DecodeOptions.speech(TIMEOUT));
            assertThat(decoded.durationSeconds()).as(format.name()).isCloseTo(speech.durationSeconds(), within(0.1));
        }
        remuxCopyingAndReencodingThePicture();

        assertThat(TestSpeechModels.shared().voiceActivityDetector().detect(speech, VadSettings.DEFAULTS)).isNotEmpty();
        assertThat(TestSpeechModels.shared().transcriber().transcribe(speech, TranscriptionSettings.defaults()).words())
                .hasSizeGreaterThan(5);

        List<String> mapped = SystemLibraries.sharedObjects(Path.of("/proc/self/maps"));
        System.out.println("shared objects mapped by this JVM:\n  " + String.join("\n  ", mapped));
        assertThat(mapped).as("the natives really ran in this JVM")
                .anyMatch(file -> file.contains("/libavcodec.so")).anyMatch(file -> file.contains("/libswresample.so"))
                .anyMatch(file -> file.contains("/libonnxruntime.so"))
                .anyMatch(file -> file.substring(file.lastIndexOf('/') + 1).startsWith("jna"));
        List<String> forbidden = SystemLibraries.forbiddenInThisProcess();
        assertThat(forbidden).as("system libraries off the allow-list (SystemLibraries.ALLOWED) mapped by this JVM; "
                + "a fresh machine may lack them:\n  " + String.join("\n  ", forbidden)).isEmpty();
    }

    private void remuxCopyingAndReencodingThePicture() {
        Path video = TestMedia.video(dir.resolve("in.webm"),
                new TestMedia.Video("webm", "libvpx", "libopus", 64, 48, 10, 48_000), 1.0,
                (frame, x, y) -> x == frame ? 255 : 40, TestMedia.harmonics(48_000));
        PcmFile tone = SpeechFixtures.sine(dir.resolve("tone.pcm"), new AudioFormat(48_000, 1), 1.0, 440, 0.5f);
        for (VideoContainer container : List.of(VideoContainer.MKV, VideoContainer.MP4)) {
            Path target = dir.resolve("out." + container.extension());
            new VideoRemuxer().write(video, "in.webm", tone, target, container, dir, fraction -> { });
            VideoStreamInfo picture = new VideoProbe().probe(target, target.getFileName().toString()).orElseThrow();
            assertThat(picture.codec()).isEqualTo(container == VideoContainer.MP4 ? "h264" : "vp8");
            assertThat(new AudioProbe().probe(target, target.getFileName().toString()).hasVideo()).isTrue();
        }
    }
}
