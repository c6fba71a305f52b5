package dev.earshot.server.webhooks;

import dev.earshot.server.jobs.JobQueue;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds finished jobs with a callback URL that have no webhook message, because their node died between
 * finishing the job and announcing it, and announces them. Jobs finished in the last minute are left to their
 * own node; jobs older than the webhook retention are not announced any more.
 */
@Component
class MissedAnnouncements {

    static final Duration GRACE = Duration.ofMinutes(1);
    private final WebhookRecords records;
    private final ObjectProvider<JobQueue> jobs;
    private final ObjectProvider<JobWebhooks> webhooks;
    private final WebhookSettings settings;

    MissedAnnouncements(WebhookRecords records, ObjectProvider<JobQueue> jobs, ObjectProvider<JobWebhooks> webhooks,
                        WebhookSettings settings) {
        this.records = records;
        this.jobs = jobs;
        this.webhooks = webhooks;
        this.settings = settings;
    }

    /** Returns how many jobs were announced. */
    int announce() {
        Instant now = Instant.now();
        var missed = records.unannouncedJobs(now.minus(settings.retention()), now.minus(GRACE));
        missed.forEach(id -> jobs.getObject().find(id).ifPresent(webhooks.getObject()::finished));
        return missed.size();
    }
}
