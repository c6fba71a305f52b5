package dev.earshot.server.enhance;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The door's hourly clean-up, run by db-scheduler on one node at a time: uploads past
 * {@code earshot.enhance.upload-retention} (blob and row), and download ids of jobs the job retention deleted.
 */
@Configuration(proxyBeanMethods = false)
class EnhanceTasks {

    @Bean
    Task<Void> enhanceRetentionTask(Uploads uploads, Downloads downloads, EnhanceSettings settings) {
        return Tasks.recurring("earshot-enhance-retention", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    uploads.deleteBefore(Instant.now().minus(settings.uploadRetention()));
                    downloads.deleteOrphans();
                });
    }
}
