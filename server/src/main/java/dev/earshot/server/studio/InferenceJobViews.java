package dev.earshot.server.studio;

import dev.earshot.server.studio.InferenceJobRecords.Counts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An inference job as the door shows it, its counters added up from its files: {@code total_files} (every file
 * asked for), {@code processed_files} (completed), {@code failed_files}, {@code total_detections}. Its status:
 * {@code cancelled} once cancelled; {@code pending} before any file is confirmed; {@code processing} while a
 * confirmed file is queued or processing; then {@code completed} when at least one file completed, {@code failed}
 * when every confirmed file failed. A file confirmed later makes it {@code processing} again.
 */
@Component
class InferenceJobViews {

    private final InferenceJobRecords inferences;
    private final InferenceFileRecords files;

    InferenceJobViews(InferenceJobRecords inferences, InferenceFileRecords files) {
        this.inferences = inferences;
        this.files = files;
    }

    /** The job's status now. */
    String status(InferenceJob job) {
        return status(job, inferences.counts(job.id()));
    }

    Map<String, Object> view(InferenceJob job) {
        Counts counts = inferences.counts(job.id());
        String status = status(job, counts);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", job.id());
        view.put("tenant_id", job.projectId());
        view.put("model_id", job.modelId());
        view.put("config", job.config().view());
        view.put("status", status);
        view.put("total_files", counts.total());
        view.put("processed_files", counts.of(InferenceFileStatus.COMPLETED));
        view.put("failed_files", counts.of(InferenceFileStatus.FAILED));
        view.put("total_detections", counts.detections());
        view.put("error_message", job.errorMessage() != null ? job.errorMessage() : status.equals("failed")
                ? "Every file of the job failed; each file's error_message says why." : null);
        view.put("created_at", StudioTimes.format(job.createdAt()));
        view.put("started_at", StudioTimes.format(counts.firstStarted()));
        view.put("completed_at", StudioTimes.format(switch (status) {
            case "cancelled" -> job.cancelledAt();
            case "completed", "failed" -> counts.lastProcessed();
            default -> null;
        }));
        return view;
    }

    /** The job with {@code files}, oldest first. */
    Map<String, Object> detail(InferenceJob job) {
        Map<String, Object> view = view(job);
        view.put("files", files.ofJob(job.id()).stream().map(InferenceJobViews::view).toList());
        return view;
    }

    static Map<String, Object> view(InferenceFile file) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", file.id());
        view.put("inference_job_id", file.inferenceJobId());
        view.put("original_filename", file.originalFilename());
        view.put("s3_key", file.uploadKey());
        view.put("duration_ms", file.durationMs());
        view.put("status", file.status().wire());
        view.put("error_message", file.errorMessage());
        view.put("detections", file.detections() == null ? null
                : file.detections().stream().map(InferenceFileRecords::view).toList());
        view.put("detection_count", file.detectionCount());
        view.put("processed_at", StudioTimes.format(file.processedAt()));
        view.put("created_at", StudioTimes.format(file.createdAt()));
        return view;
    }

    private static String status(InferenceJob job, Counts counts) {
        if (job.cancelledAt() != null) {
            return "cancelled";
        }
        int confirmed = counts.total() - counts.of(InferenceFileStatus.PENDING);
        if (confirmed == 0) {
            return "pending";
        }
        if (counts.outstanding() > 0) {
            return "processing";
        }
        return counts.of(InferenceFileStatus.COMPLETED) > 0 ? "completed" : "failed";
    }
}
