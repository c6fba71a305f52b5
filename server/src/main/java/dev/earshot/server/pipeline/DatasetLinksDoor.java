package dev.earshot.server.pipeline;

import dev.earshot.server.assets.Dataset;
import dev.earshot.server.assets.Datasets;
import dev.earshot.server.assets.FileRecord;
import dev.earshot.server.assets.Tasks;
import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.storage.SignedUrls;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/response/{output_dataset_id}}: fresh signed links to every file of a dataset. */
@RestController
@OnAudioEngineEnabled
class DatasetLinksDoor {

    private final PipelineCallers callers;
    private final Datasets datasets;
    private final Tasks tasks;
    private final SignedUrls signedUrls;
    private final AudioEngineSettings settings;

    DatasetLinksDoor(PipelineCallers callers, Datasets datasets, Tasks tasks, SignedUrls signedUrls,
                     AudioEngineSettings settings) {
        this.callers = callers;
        this.datasets = datasets;
        this.tasks = tasks;
        this.signedUrls = signedUrls;
        this.settings = settings;
    }

    @GetMapping("/v1/response/{datasetId}")
    Map<String, Object> links(@PathVariable String datasetId, HttpServletRequest http) {
        ApiCaller caller = callers.requireReader(http);
        Dataset dataset = datasets.find(datasetId)
                .orElseThrow(() -> PipelineDoorException.notFound("dataset '" + datasetId + "' not found"));
        if (!callers.allows(caller, dataset.projectId())) {
            throw PipelineDoorException.forbidden("this API key may not read dataset '" + datasetId + "'");
        }
        OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(settings.linkValidity());
        List<Map<String, Object>> files = datasets.files(datasetId).stream().map(this::file).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset_id", dataset.id());
        body.put("kind", dataset.kind().name());
        body.put("task_id", tasks.tasksOf(datasetId).stream().findFirst().orElse(null));
        body.put("expires_at", expires.withNano(0).toString());
        body.put("output_urls", files.stream().map(f -> f.get("url")).toList());
        body.put("files", files);
        return body;
    }

    private Map<String, Object> file(FileRecord record) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file_id", record.id());
        file.put("file_name", record.fileName());
        file.put("content_type", record.contentType());
        file.put("size_bytes", record.sizeBytes());
        file.put("duration_seconds", MetricRounding.seconds(record.durationSeconds()));
        file.put("url", signedUrls.url(record.blobKey(), settings.linkValidity(), record.fileName()));
        return file;
    }
}
