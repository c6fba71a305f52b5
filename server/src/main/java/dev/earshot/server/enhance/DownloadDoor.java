package dev.earshot.server.enhance;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobQueue;
import dev.earshot.server.jobs.JobState;
import dev.earshot.server.storage.BlobResource;
import dev.earshot.server.storage.BlobStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /v1/dl/**}: the result of a succeeded job at {@code /v1/} + its {@code downloadPath}. No API key is
 * asked (the seed downloads with a plain {@code curl -O}): the path holds a random UUID made for this one result,
 * so it is a capability URL, valid as long as the job is kept. Range requests are answered with 206.
 */
@RestController
class DownloadDoor {

    private static final Pattern PATH = Pattern.compile(Pattern.quote("/v1/" + Downloads.PATH_PREFIX)
            + "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.([a-z0-9]{1,10})");
    private final Downloads downloads;
    private final JobQueue queue;
    private final BlobStore blobs;
    private final JsonMapper json;

    DownloadDoor(Downloads downloads, JobQueue queue, BlobStore blobs, JsonMapper json) {
        this.downloads = downloads;
        this.queue = queue;
        this.blobs = blobs;
        this.json = json;
    }

    @GetMapping("/v1/dl/**")
    ResponseEntity<Resource> download(HttpServletRequest request) {
        Matcher path = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches()) {
            throw notFound();
        }
        Job job = downloads.jobOf(path.group(1)).flatMap(queue::find)
                .filter(found -> found.state() == JobState.SUCCEEDED)
                .orElseThrow(DownloadDoor::notFound);
        JsonNode result = json.readTree(job.result());
        if (!result.get("extension").asString().equals(path.group(2))) {
            throw notFound();
        }
        String fileName = result.get("fileName").asString();
        BlobResource file = new BlobResource(blobs, result.get("blobKey").asString(), fileName);
        if (!file.exists()) {
            throw notFound();
        }
        return file.attachment(MediaType.parseMediaType(result.get("contentType").asString()));
    }

    private static EnhanceDoorException notFound() {
        return EnhanceDoorException.notFound("no result at this path (it never existed or has been deleted)");
    }
}
