package dev.earshot.server.webhooks;

import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobContext;
import dev.earshot.server.jobs.JobFailedException;
import dev.earshot.server.jobs.JobWork;

/** A job kind for webhook tests whose input says how it ends: {@code ok} succeeds, {@code fail} fails. */
record OutcomeWork(String kind) implements JobWork {

    @Override
    public String run(Job job, JobContext context) {
        if (job.input().equals("fail")) {
            throw new JobFailedException("the input is not audio");
        }
        context.progress(1);
        return "{\"words\":3}";
    }
}
