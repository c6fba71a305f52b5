package dev.earshot.engine.audio;

import dev.earshot.engine.error.UndecodableAudioException;
import java.nio.file.Path;

/**
 * Reads what a media file holds (container, audio codec, rate, channels, duration, video) without decoding it.
 * Stateless and thread-safe; each call opens its own FFmpeg input.
 */
public final class AudioProbe {

    /**
     * Probes {@code source}.
     *
     * @param source      a local file FFmpeg can read (audio, or video with an audio track)
     * @param displayName the name the user knows the file by, used in error messages
     * @return the file's audio stream description
     * @throws UndecodableAudioException if the file is empty, not media, has no audio stream, or its audio has
     *                                   a sample rate outside 1,000..768,000 Hz or a channel count outside 1..64
     * @throws java.io.UncheckedIOException if {@code source} does not exist or cannot be read
     */
    public AudioInfo probe(Path source, String displayName) {
        try (FfmpegInput input = FfmpegInput.open(source, displayName)) {
            return input.info();
        }
    }
}
