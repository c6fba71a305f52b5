package dev.earshot.server.ingest;

import dev.earshot.engine.speech.transcript.TranscriptFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which transcript format a read asks for: {@code ?format=json|txt|srt|vtt} when given (anything else is a 400),
 * else the first of the {@code Accept} header's types, by quality, that names a format
 * ({@code application/json}, {@code text/plain}, {@code application/x-subrip}, {@code text/vtt}), else JSON.
 */
final class TranscriptFormatChoice {

    private TranscriptFormatChoice() {
    }

    static TranscriptFormat of(String format, String accept) {
        if (format != null) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(TranscriptFormat.values()).filter(f -> f.extension().equals(wanted)).findFirst()
                    .orElseThrow(() -> IngestException.invalidParameter("format '" + format
                            + "' is not known; use one of: json, txt, srt, vtt"));
        }
        return fromAccept(accept).orElse(TranscriptFormat.JSON);
    }

    private static Optional<TranscriptFormat> fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
        types = types.stream().sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        for (MediaType type : types) {
            for (TranscriptFormat candidate : TranscriptFormat.values()) {
                MediaType offered = MediaType.parseMediaType(candidate.mediaType());
                if (type.getType().equals(offered.getType()) && type.getSubtype().equals(offered.getSubtype())) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
