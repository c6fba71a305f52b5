package dev.earshot.server.enhance;

import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.VideoContainer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a job writes: an audio file (the picture of a video input is dropped) or a video container holding the
 * cleaned audio and the input's picture.
 *
 * @param extension the output's extension
 * @param audio     the audio format, or null for a video container
 * @param container the video container, or null for an audio format
 * @param withVideo true when the output carries a picture
 */
record OutputChoice(String extension, OutputFormat audio, VideoContainer container, boolean withVideo) {

    /** The Content-Type of the file: {@code audio/mpeg}, {@code video/mp4}, {@code audio/webm}... */
    String contentType() {
        return audio != null ? audio.contentType() : container.contentType(withVideo);
    }

    /**
     * Picks the output: {@code outputExtension} if given; else the extension of the output URL's path, then the
     * input's, whichever Earshot writes first; else mp4 for a video input and wav for audio.
     *
     * @param requested          the normal requested extension, or null
     * @param outputUrlExtension extension of the output URL's path, "" when none
     * @param inputExtension     extension the input was named with, "" when none
     * @param videoCodec         FFmpeg's name of the input's video codec, or null for audio only
     * @throws Impossible if the extension is not one Earshot writes or the container cannot carry the picture
     */
    static OutputChoice decide(String requested, String outputUrlExtension, String inputExtension,
                               String videoCodec) {
        String extension = requested != null ? requested
                : Extensions.OUTPUTS.contains(outputUrlExtension) ? outputUrlExtension
                : Extensions.OUTPUTS.contains(inputExtension) ? inputExtension
                : videoCodec != null ? VideoContainer.MP4.extension() : OutputFormat.WAV.extension();
        OutputFormat audio = OutputFormat.fromExtension(extension).orElse(null);
        if (audio != null) {
            return new OutputChoice(extension, audio, null, false);
        }
        VideoContainer container = VideoContainer.fromExtension(extension).orElseThrow(() -> new Impossible(
                "outputExtension '" + extension + "' is not supported; use one of "
                        + String.join(", ", Extensions.OUTPUTS)));
        if (videoCodec != null && container.handling(videoCodec) == VideoContainer.Handling.UNSUPPORTED) {
            throw new Impossible(extension + " cannot carry the input's " + videoCodec + " video (it carries "
                    + String.join(", ", container.copiedCodecs().stream().sorted().toList())
                    + "); ask for " + carriersOf(videoCodec) + ", or an audio format (wav, mp3, flac, ogg, m4a)");
        }
        return new OutputChoice(extension, null, container, videoCodec != null);
    }

    private static String carriersOf(String videoCodec) {
        return Arrays.stream(VideoContainer.values())
                .filter(c -> c.handling(videoCodec) != VideoContainer.Handling.UNSUPPORTED)
                .map(VideoContainer::extension).collect(Collectors.joining(", "));
    }

    /** An output that cannot be written for this input; the message says what would work. */
    static final class Impossible extends RuntimeException {
        Impossible(String message) {
            super(message);
        }
    }
}
