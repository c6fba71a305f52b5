package dev.earshot.server.ingest;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.AudioInfo;
import dev.earshot.engine.audio.AudioProbe;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.error.UndecodableAudioException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Decides from an upload's content whether the door accepts it: empty (400 {@code empty_file}), not audio or not
 * one of the seed's formats (415), above the format's sample rate (415), a PCM WAV whose header declares more
 * audio than the file holds (400 {@code truncated_file}), all from the header; then the file is decoded once as
 * the job will decode it (16 kHz mono, about 0.25 s for 5 minutes of MP3), so that what only decoding shows (no
 * samples, an MP3, FLAC or M4A cut short) is a 400 {@code invalid_audio} now instead of a failed job later. The
 * decoded audio is not kept; its length is the duration the door reports.
 */
@Component
class UploadInspector {

    private static final Pattern PCM = Pattern.compile("pcm_[suf](8|16|24|32|64)(le|be)?");
    private final AudioProbe probe = new AudioProbe();
    private final AudioDecoder decoder = new AudioDecoder();
    private final IngestSettings settings;

    UploadInspector(IngestSettings settings) {
        this.settings = settings;
    }

    InspectedAudio inspect(Path upload, String displayName) {
        long size = size(upload);
        if (size == 0) {
            throw IngestException.badRequest("empty_file", "the uploaded file '" + displayName + "' is empty");
        }
        AudioInfo info;
        try {
            info = probe.probe(upload, displayName);
        } catch (UndecodableAudioException e) {
            throw IngestException.unsupportedMedia("the file is not audio in a supported format ("
                    + AudioFormatName.supportedList() + "): " + e.getMessage());
        }
        AudioFormatName format = AudioFormatName.of(info).orElseThrow(() -> IngestException.unsupportedMedia(
                "the file holds " + describe(info) + ", which is not a supported format; supported: "
                        + AudioFormatName.supportedList()));
        if (info.sampleRate() > format.maxSampleRate()) {
            throw IngestException.unsupportedMedia(String.format(Locale.ROOT,
                    "the file is %s audio at %d Hz; %s is accepted up to %d kHz", format.label(), info.sampleRate(),
                    format.label(), format.maxSampleRate() / 1000));
        }
        if (format == AudioFormatName.WAV && declaresMoreThanItHolds(info, size)) {
            throw IngestException.badRequest("truncated_file", String.format(Locale.ROOT,
                    "the WAV file '%s' is truncated: its header declares %.3f s of audio but the file holds only "
                            + "%d bytes", displayName, info.durationSeconds(), size));
        }
        return new InspectedAudio(format, info, size, decodedSeconds(upload, displayName));
    }

    /** Decodes the upload beside itself as the job will and returns its length; the decoded audio is deleted. */
    private double decodedSeconds(Path upload, String displayName) {
        try {
            return decoder.decodedSeconds(upload, displayName, upload.resolveSibling("decode-check.pcm"),
                    DecodeOptions.speech(settings.decodeTimeout()));
        } catch (UndecodableAudioException e) {
            throw IngestException.badRequest(JobFailure.INVALID_AUDIO, e.getMessage());
        }
    }

    /** True when a PCM WAV's header claims more sample bytes than the whole file has. */
    static boolean declaresMoreThanItHolds(AudioInfo info, long fileSize) {
        Matcher pcm = PCM.matcher(info.codec());
        if (!pcm.matches() || !info.durationReliable()) {
            return false;
        }
        long bytesPerSample = Integer.parseInt(pcm.group(1)) / 8;
        long frames = Math.round(info.durationSeconds() * info.sampleRate());
        return frames * info.channels() * bytesPerSample > fileSize;
    }

    private static String describe(AudioInfo info) {
        if (info.hasVideo()) {
            return "video (container " + info.container() + ")";
        }
        return info.codec() + " audio in a " + info.container() + " container";
    }

    private static long size(Path upload) {
        try {
            return Files.size(upload);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload at " + upload, e);
        }
    }

    /**
     * An accepted upload.
     *
     * @param size           bytes of the file as uploaded
     * @param decodedSeconds length of its decoded audio, in seconds
     */
    record InspectedAudio(AudioFormatName format, AudioInfo info, long size, double decodedSeconds) {

        /** Duration rounded to whole seconds, as the seed types it. */
        long durationSeconds() {
            return Math.round(decodedSeconds);
        }
    }
}
