package dev.earshot.engine.audio;

import java.util.Locale;
import java.util.Optional;

/**
 * Files {@link AudioEncoder} writes. Rates and channel limits come from the encoders in the bundled FFmpeg build;
 * {@link AudioEncoder#outputSampleRate(OutputFormat, int)} tells the rate a file will have.
 */
public enum OutputFormat {

    /** RIFF WAVE, 16-bit PCM, any rate, 1 to 64 channels; RF64 above 4 GiB. Written in plain Java. */
    WAV("wav", "audio/wav", true, 64),

    /** FLAC, 16-bit, rates up to 655,350 Hz, 1 to 8 channels. */
    FLAC("flac", "audio/flac", true, 8),

    /** MPEG-1/2 Layer III (LAME), 8 to 48 kHz, 1 or 2 channels, 64 kbit/s per channel. */
    MP3("mp3", "audio/mpeg", false, 2),

    /** Opus in Ogg (libopus), always 48 kHz, 1 to 8 channels, 48 kbit/s per channel. */
    OGG("ogg", "audio/ogg", false, 8),

    /**
     * AAC in an MPEG-4 audio file (FFmpeg's native AAC encoder), 7.35 to 96 kHz, 1 to 8 channels, 64 kbit/s per
     * channel. Channels take FFmpeg's default layouts (6 channels are 5.1), and AAC band-limits an LFE channel.
     */
    M4A("m4a", "audio/mp4", false, 8);

    private final String extension;
    private final String contentType;
    private final boolean lossless;
    private final int maxChannels;

    OutputFormat(String extension, String contentType, boolean lossless, int maxChannels) {
        this.extension = extension;
        this.contentType = contentType;
        this.lossless = lossless;
        this.maxChannels = maxChannels;
    }

    /** File name extension without the dot, lower case, e.g. {@code m4a}. */
    public String extension() {
        return extension;
    }

    /** MIME content type for HTTP responses, e.g. {@code audio/mpeg}. */
    public String contentType() {
        return contentType;
    }

    /** True when decoding the output gives back the input's samples (after 16-bit quantisation). */
    public boolean lossless() {
        return lossless;
    }

    /** The most channels this format can hold, 2 to 64. */
    public int maxChannels() {
        return maxChannels;
    }

    /** The format for a file name extension ({@code "mp3"}, {@code ".MP3"}), or empty if none matches. */
    public static Optional<OutputFormat> fromExtension(String extension) {
        String wanted = extension.startsWith(".") ? extension.substring(1) : extension;
        for (OutputFormat format : values()) {
            if (format.extension.equals(wanted.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
