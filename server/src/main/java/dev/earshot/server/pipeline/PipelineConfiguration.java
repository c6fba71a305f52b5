package dev.earshot.server.pipeline;

import dev.earshot.engine.component.StandardComponents;
import dev.earshot.engine.intel.component.IntelComponents;
import dev.earshot.engine.intel.component.IntelTools;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.component.SpeechComponents;
import dev.earshot.server.limits.AdmissionControl;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine pieces behind the pipeline door; absent when {@code AUDIO_ENGINE_ENABLED=false}. */
@Configuration(proxyBeanMethods = false)
@OnAudioEngineEnabled
@EnableConfigurationProperties(AudioEngineSettings.class)
class PipelineConfiguration {

    @Bean
    ComponentRegistry componentRegistry(SpeechModels speechModels, IntelTools intelTools) {
        List<Component<?>> components = new ArrayList<>(StandardComponents.all());
        components.addAll(SpeechComponents.all(speechModels));
        components.addAll(IntelComponents.all(speechModels, intelTools));
        return ComponentRegistry.of(components);
    }

    @Bean
    PipelineRunner pipelineRunner() {
        return new PipelineRunner();
    }

    @Bean
    AdmissionControl pipelineAdmission(AudioEngineSettings settings) {
        return new AdmissionControl(settings.maxInFlight(), settings.semaphoreWait());
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService pipelineWorkers(AudioEngineSettings settings) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(settings.threadPoolWorkers(), task -> {
            Thread thread = new Thread(task, "pipeline-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
