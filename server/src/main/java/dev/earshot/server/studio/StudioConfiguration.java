package dev.earshot.server.studio;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The studio door's settings and its recurring sweeps of abandoned uploads (each on one node at a time). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StudioSettings.class)
class StudioConfiguration {

    @Bean
    Task<Void> studioUploadSweepTask(UploadSweep sweep, StudioSettings settings) {
        return Tasks.recurring("earshot-studio-upload-sweep", FixedDelay.of(settings.sweepInterval()))
                .execute((instance, context) -> sweep.sweep());
    }

    @Bean
    Task<Void> studioInferenceUploadSweepTask(InferenceUploadSweep sweep, StudioSettings settings) {
        return Tasks.recurring("earshot-studio-inference-sweep", FixedDelay.of(settings.sweepInterval()))
                .execute((instance, context) -> sweep.sweep());
    }
}
