package dev.earshot.server.jobs;

/** Told when a job reaches a terminal state (webhooks). Called once per job, after the state is stored. */
public interface JobListener {

    void finished(Job job);
}
