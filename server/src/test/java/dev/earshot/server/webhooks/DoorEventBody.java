package dev.earshot.server.webhooks;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobEventBody;
import java.util.Map;

/** What a door would give for its kind: its own event names and fields. */
record DoorEventBody(String kind) implements JobEventBody {

    @Override
    public String eventType(Job job) {
        return "door.job." + (job.state().name().equals("SUCCEEDED") ? "completed" : "failed");
    }

    @Override
    public Map<String, Object> data(Job job) {
        return Map.of("job_id", job.id(), "door_result", job.result() == null ? "none" : job.result());
    }
}
