package dev.earshot.server.ingest;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobEventBody;
import dev.earshot.server.jobs.JobState;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The webhook of a finished ingestion job: {@code job.completed} or {@code job.failed} (a cancelled job too),
 * with the same body as {@code GET /v1/jobs/{job_id}} as its data.
 */
@Component
class IngestJobEvents implements JobEventBody {

    private final IngestJobBody body;

    IngestJobEvents(IngestJobBody body) {
        this.body = body;
    }

    @Override
    public String kind() {
        return IngestWork.KIND;
    }

    @Override
    public String eventType(Job job) {
        return job.state() == JobState.SUCCEEDED ? "job.completed" : "job.failed";
    }

    @Override
    public Map<String, Object> data(Job job) {
        return body.job(job);
    }
}
