package dev.earshot.server.ingest;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.Project;
import dev.earshot.server.auth.ProjectAccess;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.natives.NativeCapabilities;
import dev.earshot.server.system.WorkFolders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * {@code POST /v1/audio/ingest}: checks an upload in this order (key 401, rate limit 429, a native library the job
 * needs DOWN 503, file present 400, size 413, fields 400, content 400/415), stores it and queues a job; answers 202
 * with the seed's body. The file is streamed to disk by the multipart parser and never held in memory.
 */
@RestController
class IngestDoor {

    private final IngestCallers callers;
    private final IngestRequestReader reader;
    private final ProjectAccess projects;
    private final UploadInspector inspector;
    private final IngestSubmissions submissions;
    private final IngestJobBody body;
    private final IngestSettings settings;
    private final WorkFolders folders;
    private final NativeCapabilities natives;

    IngestDoor(IngestCallers callers, IngestRequestReader reader, ProjectAccess projects, UploadInspector inspector,
               IngestSubmissions submissions, IngestJobBody body, IngestSettings settings, WorkFolders folders,
               NativeCapabilities natives) {
        this.callers = callers;
        this.reader = reader;
        this.projects = projects;
        this.inspector = inspector;
        this.submissions = submissions;
        this.body = body;
        this.settings = settings;
        this.folders = folders;
        this.natives = natives;
    }

    @PostMapping("/v1/audio/ingest")
    ResponseEntity<Map<String, Object>> ingest(HttpServletRequest http, HttpServletResponse response) {
        ApiCaller caller = callers.uploader(http, response);
        natives.require(IngestWork.NATIVES);
        MultipartHttpServletRequest form = WebUtils.getNativeRequest(http, MultipartHttpServletRequest.class);
        if (form == null) {
            throw IngestException.badRequest("invalid_request", "send the upload as multipart/form-data with the "
                    + "audio in the 'file' field");
        }
        MultipartFile file = filePart(form);
        if (file.getSize() > settings.maxFileBytes()) {
            throw IngestException.tooLarge("the file is " + file.getSize() + " bytes; the limit is "
                    + settings.maxFileBytes() + " bytes");
        }
        IngestRequest request = reader.read(form);
        Project project = projects.homeProject(caller).orElseThrow(() -> IngestException.unauthorized(
                "this API key has no project to file uploads under; grant it a project"));
        Path workDir = folders.create("ingest-");
        try {
            Path upload = workDir.resolve("upload");
            file.transferTo(upload.toFile());
            String name = file.getOriginalFilename();
            UploadInspector.InspectedAudio audio = inspector.inspect(upload, name);
            Job job = submissions.submit(caller, project, request, name, audio, upload);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(body.accepted(job));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the upload into " + workDir, e);
        } finally {
            WorkFolders.delete(workDir);
        }
    }

    private static MultipartFile filePart(MultipartHttpServletRequest form) {
        List<MultipartFile> files = form.getMultiFileMap().getOrDefault("file", List.of());
        if (files.isEmpty()) {
            String hint = form.getParameter("file") == null ? ""
                    : " as a file upload (curl -F 'file=@/path/to/audio.mp3'), not as a text value";
            throw IngestException.badRequest("missing_field", "the 'file' field is required" + hint);
        }
        if (files.size() > 1) {
            throw IngestException.invalidParameter("send exactly one 'file'; got " + files.size());
        }
        return files.get(0);
    }
}
