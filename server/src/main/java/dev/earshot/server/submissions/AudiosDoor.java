package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.storage.SafeFileName;
import dev.earshot.server.storage.SignedUrls;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/audios} of seed 001: upload, list, show and delete one's own audios. Checks run in Laravel's
 * order: authenticate (401), load the record (404), authorize (403), validate (422).
 */
@RestController
class AudiosDoor {

    private final SubmissionsCallers callers;
    private final SubmissionAudios audios;
    private final AudioIntake intake;
    private final SignedUrls signedUrls;

    AudiosDoor(SubmissionsCallers callers, SubmissionAudios audios, AudioIntake intake,
               SignedUrls signedUrls) {
        this.callers = callers;
        this.audios = audios;
        this.intake = intake;
        this.signedUrls = signedUrls;
    }

    @PostMapping("/api/v1/audios")
    ResponseEntity<Map<String, Object>> upload(HttpServletRequest request,
                                               @RequestPart(name = "audio", required = false) MultipartFile audio,
                                               @RequestParam(name = "name", required = false) String name) {
        ApiCaller caller = caller(request, Scopes.AUDIO_WRITE);
        if (name != null && name.length() > 255) {
            throw SubmissionsException.invalid(Map.of("name",
                    List.of("The name field must not be greater than 255 characters.")));
        }
        if (audio == null && request.getParameter("audio") != null) {
            throw SubmissionsException.invalid(Map.of("audio", List.of("The audio field must be a file.")));
        }
        SubmissionAudio stored = intake.receive(owner(caller), audio, name);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("data", view(stored)));
    }

    @GetMapping("/api/v1/audios")
    Map<String, Object> list(HttpServletRequest request) {
        ApiCaller caller = caller(request, Scopes.AUDIO_READ);
        return Map.of("data", audios.ownedBy(owner(caller)).stream().map(this::view).toList());
    }

    @GetMapping("/api/v1/audios/{id}")
    Map<String, Object> show(HttpServletRequest request, @PathVariable String id) {
        ApiCaller caller = caller(request, Scopes.AUDIO_READ);
        return Map.of("data", view(owned(caller, id)));
    }

    @DeleteMapping("/api/v1/audios/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) {
        ApiCaller caller = caller(request, Scopes.AUDIO_WRITE);
        audios.delete(owned(caller, id));
        return ResponseEntity.noContent().build();
    }

    private ApiCaller caller(HttpServletRequest request, String scope) {
        return callers.caller(request, scope);
    }

    private SubmissionAudio owned(ApiCaller caller, String id) {
        SubmissionAudio audio = SubmissionsCallers.id(id).flatMap(audios::find)
                .orElseThrow(() -> SubmissionsException.noSuch("Audio", id));
        SubmissionsCallers.requireOwner(caller, audio.owner());
        return audio;
    }

    /** The owner of what the caller makes (see {@link SubmissionsCallers#owner}). */
    static String owner(ApiCaller caller) {
        return SubmissionsCallers.owner(caller);
    }

    private Map<String, Object> view(SubmissionAudio audio) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", audio.id());
        view.put("name", audio.name());
        view.put("url", signedUrls.url(audio.blobKey(), SafeFileName.of(audio.name())));
        view.put("duration", Math.round(audio.durationSeconds() * 100) / 100.0);
        view.put("size", audio.sizeBytes());
        return view;
    }
}
