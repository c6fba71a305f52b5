package dev.earshot.server.submissions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the submissions door ({@code earshot.submissions.*}).
 *
 * @param defaultTargetLanguage the language Translate writes when neither {@code target_language} nor the
 *                              {@code context} names one (ISO 639; default {@code es})
 * @param workers               {@code built-in} (default): this server runs every task through its job engine;
 *                              {@code external}: tasks wait for workers that claim them
 * @param lease                 how long a claimed task stays with its worker without a report (default 5 minutes);
 *                              a lease that runs out puts the task back to pending
 * @param rateLimitPerMinute    requests per caller in each 60 s window on every route of this door (default 60,
 *                              as the seed promises): per user for a key of a user, else per client address
 */
@ConfigurationProperties("earshot.submissions")
record SubmissionsSettings(@DefaultValue("es") String defaultTargetLanguage,
                           @DefaultValue("built-in") String workers,
                           @DefaultValue("5m") Duration lease,
                           @DefaultValue("60") int rateLimitPerMinute) {

    SubmissionsSettings {
        if (!workers.equals("built-in") && !workers.equals("external")) {
            throw new IllegalArgumentException("earshot.submissions.workers must be built-in or external, got "
                    + workers);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("earshot.submissions.lease must be positive");
        }
        if (rateLimitPerMinute < 1) {
            throw new IllegalArgumentException("earshot.submissions.rate-limit-per-minute must be 1 or more, got "
                    + rateLimitPerMinute);
        }
    }

    boolean externalWorkers() {
        return workers.equals("external");
    }
}
