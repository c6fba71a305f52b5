package dev.earshot.server.jobs;

import java.util.Map;

/**
 * How a door describes one of its jobs to the outside, in its own words: the body of the webhook sent when
 * the job finishes. One bean per job kind; a kind without one gets a generic body.
 */
public interface JobEventBody {

    String kind();

    /** The event type, for example {@code job.completed} or {@code job.failed}. */
    String eventType(Job job);

    /** The event's data, ready to be written as JSON. */
    Map<String, Object> data(Job job);
}
