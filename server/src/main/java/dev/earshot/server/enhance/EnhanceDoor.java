package dev.earshot.server.enhance;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.natives.NativeCapabilities;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The noise-removal door (seed 003): {@code POST /v1/upload}, {@code POST /v1/remove-noise} and
 * {@code GET /v1/remove-noise/{jobId}/status}. Errors are {@code {"error": "..."}} (see {@link EnhanceErrors}).
 */
@RestController
class EnhanceDoor {

    private final EnhanceCallers callers;
    private final Uploads uploads;
    private final NoiseRemovalJobs jobs;
    private final NoiseRemovalStatus status;
    private final JsonMapper json;
    private final NativeCapabilities natives;

    EnhanceDoor(EnhanceCallers callers, Uploads uploads, NoiseRemovalJobs jobs, NoiseRemovalStatus status,
                JsonMapper json, NativeCapabilities natives) {
        this.callers = callers;
        this.uploads = uploads;
        this.jobs = jobs;
        this.status = status;
        this.json = json;
        this.natives = natives;
    }

    @PostMapping("/v1/upload")
    Map<String, String> upload(HttpServletRequest request,
                               @RequestPart(name = "file", required = false) List<MultipartFile> files,
                               @RequestParam(name = "inputExt", required = false) String inputExt)
            throws IOException {
        ApiCaller caller = callers.require(request, Scopes.AUDIO_WRITE);
        natives.require(NoiseRemovalWork.NATIVES);
        MultipartFile file = onlyFile(files);
        String extension = Extensions.of(file.getOriginalFilename());
        if (inputExt != null) {
            extension = Extensions.normal(inputExt);
            if (extension == null) {
                throw EnhanceDoorException.badRequest("inputExt must be 1 to 10 letters or digits, got '"
                        + inputExt + "'");
            }
        }
        return Map.of("fileId", uploads.receive(caller, callers.homeProject(caller), file, extension).id());
    }

    /** Reads the body itself: {@code curl -d} labels JSON as a form, which must not be parsed as one. */
    @PostMapping("/v1/remove-noise")
    Map<String, String> removeNoise(HttpServletRequest request) throws IOException {
        ApiCaller caller = callers.require(request, Scopes.AUDIO_WRITE);
        natives.require(NoiseRemovalWork.NATIVES);
        RemoveNoiseRequest body = RemoveNoiseRequest.parse(body(request), json);
        return Map.of("jobId", jobs.submit(caller, body));
    }

    @GetMapping("/v1/remove-noise/{jobId}/status")
    Map<String, Object> status(HttpServletRequest request, @PathVariable String jobId) {
        ApiCaller caller = callers.require(request, Scopes.AUDIO_READ);
        return status.of(callers.job(caller, jobId));
    }

    private static MultipartFile onlyFile(List<MultipartFile> files) {
        if (files == null || files.isEmpty()) {
            throw EnhanceDoorException.badRequest("the multipart form field 'file' is required");
        }
        if (files.size() > 1) {
            throw EnhanceDoorException.badRequest("send exactly one 'file'; got " + files.size()
                    + " (upload each file on its own and use each fileId in its own job)");
        }
        return files.get(0);
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(RemoveNoiseRequest.MAX_BODY_BYTES + 1);
            if (bytes.length > RemoveNoiseRequest.MAX_BODY_BYTES) {
                throw EnhanceDoorException.tooLarge("the body is larger than " + RemoveNoiseRequest.MAX_BODY_BYTES
                        + " bytes");
            }
            return bytes;
        }
    }
}
