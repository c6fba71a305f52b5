package dev.earshot.server.studio;

import dev.earshot.engine.error.DecodeTimeoutException;
import dev.earshot.engine.error.UndecodableAudioException;
import java.util.Locale;

/** Why a file could not be processed, in words that tell its owner what to do about it. */
final class AudioFailures {

    static final String FORMATS = "wav, mp3, mp4/m4a, ogg, flac, webm, aac";

    private AudioFailures() {
    }

    static String of(UndecodableAudioException e) {
        String why = e.getMessage();
        String detail = why.toLowerCase(Locale.ROOT);
        if (detail.contains("no audio stream")) {
            return "no audio stream: the file holds no audio track; upload a file with audio in it";
        }
        if (detail.contains("is empty")) {
            return "empty: the uploaded file has no bytes; upload the file again";
        }
        if (detail.contains("truncated")) {
            return "truncated: the file ends before the length it declares (" + why
                    + "); upload the complete file";
        }
        if (detail.contains("no audio samples")) {
            return "no audio: the file decodes to no samples at all; upload a file with sound in it";
        }
        if (detail.contains("unsupported")) {
            return "unsupported audio: " + why;
        }
        return "not audio: the file could not be decoded as any supported format (" + FORMATS + "); " + why;
    }

    static String of(DecodeTimeoutException e) {
        return "too slow to decode: " + e.getMessage() + "; split the file into shorter ones";
    }
}
