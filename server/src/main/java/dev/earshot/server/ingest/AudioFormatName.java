package dev.earshot.server.ingest;

import dev.earshot.engine.audio.AudioInfo;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The audio formats the seed accepts, recognized by content (FFmpeg's container and codec), never by the file
 * name's extension, each with the seed's highest sample rate.
 */
enum AudioFormatName {

    MP3("mp3", "audio/mpeg", 48_000, Set.of("mp3"), Set.of("mp3")),
    WAV("wav", "audio/wav", 96_000, Set.of("wav"), Set.of()),
    M4A("m4a", "audio/mp4", 48_000, Set.of("mov,mp4,m4a,3gp,3g2,mj2"), Set.of("aac", "alac")),
    FLAC("flac", "audio/flac", 96_000, Set.of("flac"), Set.of("flac")),
    OGG("ogg", "audio/ogg", 48_000, Set.of("ogg"), Set.of("vorbis", "opus", "flac"));

    private final String extension;
    private final String contentType;
    private final int maxSampleRate;
    private final Set<String> containers;
    private final Set<String> codecs;

    AudioFormatName(String extension, String contentType, int maxSampleRate, Set<String> containers,
                    Set<String> codecs) {
        this.extension = extension;
        this.contentType = contentType;
        this.maxSampleRate = maxSampleRate;
        this.containers = containers;
        this.codecs = codecs;
    }

    /** The format of a probed file: audio only (no video stream), in a supported container with a supported codec. */
    static Optional<AudioFormatName> of(AudioInfo info) {
        if (info.hasVideo()) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(f -> f.containers.contains(info.container()))
                .filter(f -> f.codecs.isEmpty() || f.codecs.contains(info.codec()))
                .findFirst();
    }

    /** Name as the seed writes it, e.g. {@code MP3}. */
    String label() {
        return name();
    }

    /** Extension of the stored copy, without the dot. */
    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    /** Highest accepted sample rate, in Hz. */
    int maxSampleRate() {
        return maxSampleRate;
    }

    static String supportedList() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.label() + " (up to " + f.maxSampleRate / 1000
                + " kHz)").toList());
    }
}
