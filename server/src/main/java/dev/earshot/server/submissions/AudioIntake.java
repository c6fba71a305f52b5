package dev.earshot.server.submissions;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.AudioInfo;
import dev.earshot.engine.audio.AudioProbe;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.server.storage.SafeFileName;
import dev.earshot.server.system.WorkFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an upload of {@code POST /api/v1/audios} as Laravel's {@code required|file|mimes:...|max:25600} would,
 * with the type read from the content, never the name; then decodes it once, so that audio that cannot be
 * processed is refused now, and stores it.
 */
@Component
class AudioIntake {

    static final long MAX_KILOBYTES = 25_600;
    private static final String TYPES = "mp3, wav, m4a, aac, flac, ogg";
    private static final Map<String, String> CONTENT_TYPES = Map.of("mp3", "audio/mpeg", "wav", "audio/wav",
            "mov,mp4,m4a,3gp,3g2,mj2", "audio/mp4", "aac", "audio/aac", "flac", "audio/flac", "ogg", "audio/ogg");
    private static final String AUDIO = "audio";
    private static final Duration DECODE_TIMEOUT = Duration.ofSeconds(60);

    private final AudioProbe probe = new AudioProbe();
    private final AudioDecoder decoder = new AudioDecoder();
    private final WorkFolders folders;
    private final SubmissionAudios audios;

    AudioIntake(WorkFolders folders, SubmissionAudios audios) {
        this.folders = folders;
        this.audios = audios;
    }

    SubmissionAudio receive(String owner, MultipartFile file, String name) {
        if (file == null || file.isEmpty()) {
            throw invalid(AUDIO, file == null ? "The audio field is required." : "The audio field must be a file.");
        }
        Path dir = folders.create("sub-audio-");
        try {
            Path local = dir.resolve("upload");
            file.transferTo(local);
            String shown = name == null || name.isBlank() ? file.getOriginalFilename() : name.strip();
            return accept(owner, AUDIO, local, file.getOriginalFilename(), shown, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            WorkFolders.delete(dir);
        }
    }

    /**
     * Checks a file already on disk in {@code dir} (a download of {@code audio_url}) and stores it; failures are
     * 422s on {@code field}.
     */
    SubmissionAudio accept(String owner, String field, Path local, String originalName, String shownName, Path dir)
            throws IOException {
        String attribute = field.replace('_', ' ');
        if (Files.size(local) > MAX_KILOBYTES * 1024) {
            throw invalid(field, "The " + attribute + " field must not be greater than " + MAX_KILOBYTES
                    + " kilobytes.");
        }
        String original = SafeFileName.of(originalName);
        String contentType = contentType(local, original).orElseThrow(() -> invalid(field,
                "The " + attribute + " field must be a file of type: " + TYPES + "."));
        double seconds = decodedSeconds(field, local, original, dir);
        String shown = shownName == null || shownName.isBlank() ? original : shownName;
        return audios.add(owner, shown, original, local, contentType, Files.size(local), seconds);
    }

    private Optional<String> contentType(Path local, String displayName) {
        try {
            AudioInfo info = probe.probe(local, displayName);
            return info.hasVideo() ? Optional.empty() : Optional.ofNullable(CONTENT_TYPES.get(info.container()));
        } catch (UndecodableAudioException e) {
            return Optional.empty();
        }
    }

    private double decodedSeconds(String field, Path local, String displayName, Path dir) {
        try {
            return decoder.decodedSeconds(local, displayName, dir.resolve("check.pcm"),
                    DecodeOptions.speech(DECODE_TIMEOUT));
        } catch (UndecodableAudioException e) {
            throw invalid(field, "The " + field.replace('_', ' ') + " field must be a playable audio file: "
                    + e.getMessage());
        }
    }

    private static SubmissionsException invalid(String field, String message) {
        return SubmissionsException.invalid(Map.of(field, List.of(message)));
    }
}
