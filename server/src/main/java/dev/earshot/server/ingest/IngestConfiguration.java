package dev.earshot.server.ingest;

import dev.earshot.engine.intel.component.IntelComponents;
import dev.earshot.engine.intel.component.IntelTools;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.component.Transcription;
import dev.earshot.server.limits.RequestRateLimit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine pieces behind the ingestion door. Its jobs run their own small registry (the components the
 * ingestion pipelines use), so the door works whether or not the synchronous pipeline door is enabled.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestSettings.class)
class IngestConfiguration {

    @Bean
    RequestRateLimit ingestRateLimit(IngestSettings settings) {
        return new RequestRateLimit(settings.rateLimitPerMinute());
    }

    @Bean
    IngestPlans ingestPlans(SpeechModels speechModels, IntelTools intelTools) {
        List<Component<?>> components = new ArrayList<>(List.of(new Transcription(speechModels)));
        components.addAll(IntelComponents.all(speechModels, intelTools));
        return new IngestPlans(ComponentRegistry.of(components), new PipelineRunner());
    }
}
