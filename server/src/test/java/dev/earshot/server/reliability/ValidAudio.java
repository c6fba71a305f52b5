package dev.earshot.server.reliability;

import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.TestMedia;
import dev.earshot.server.support.TestAudio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One small valid file of each format the doors accept (WAV, MP3, FLAC, Ogg Vorbis, Ogg Opus, M4A), made in code:
 * the seeds the fuzz corpus mutates. All but Vorbis come from the engine's encoder, as {@link TestAudio#encode}
 * makes them; the engine writes no Vorbis, so that one is recorded through FFmpeg's native encoder.
 */
final class ValidAudio {

    /** A 1 s tone, 16 kHz mono 16-bit: short, so an accepted file costs little to process. */
    static final byte[] WAV = TestAudio.toneWav(1, 16_000, 1, 0);

    private ValidAudio() {
    }

    /**
     * A valid file.
     *
     * @param name      the format, as case names start with it (e.g. {@code ogg-vorbis})
     * @param extension the file name extension it is normally sent with
     */
    record Sample(String name, String extension, byte[] bytes) {
    }

    static List<Sample> all(Path dir) {
        return List.of(
                new Sample("wav", "wav", WAV),
                new Sample("mp3", "mp3", TestAudio.encode(WAV, OutputFormat.MP3, dir)),
                new Sample("flac", "flac", TestAudio.encode(WAV, OutputFormat.FLAC, dir)),
                new Sample("ogg-vorbis", "ogg", vorbis(dir)),
                new Sample("ogg-opus", "ogg", TestAudio.encode(WAV, OutputFormat.OGG, dir)),
                new Sample("m4a", "m4a", TestAudio.encode(WAV, OutputFormat.M4A, dir)));
    }

    /** 1 s of a tone as Vorbis in Ogg, 44.1 kHz stereo (FFmpeg's native Vorbis encoder writes only stereo). */
    static byte[] vorbis(Path dir) {
        int rate = 44_100;
        Path target = TestMedia.audio(dir.resolve("tone-vorbis.ogg"), "ogg", "vorbis", rate, 2, 1.0, Map.of(),
                (index, channel) -> (float) (0.4 * Math.sin(2 * Math.PI * 440 * index / rate)));
        try {
            return Files.readAllBytes(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Vorbis sample", e);
        }
    }
}
