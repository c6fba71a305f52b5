package dev.earshot.server.studio;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code content_type} an upload may declare: any {@code audio/*} type (Relay lists audio/wav, audio/mpeg,
 * audio/mp4, audio/ogg, audio/flac, audio/webm and audio/aac), the video containers that carry audio (mp4, webm),
 * {@code application/ogg} and {@code application/octet-stream}. What the file really is, is told by its content.
 */
final class AudioTypes {

    private static final Set<String> CONTAINERS = Set.of("video/mp4", "video/webm", "application/ogg",
            "application/octet-stream");

    private AudioTypes() {
    }

    static boolean accepts(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return (type.startsWith("audio/") && type.length() > "audio/".length()) || CONTAINERS.contains(type);
    }
}
