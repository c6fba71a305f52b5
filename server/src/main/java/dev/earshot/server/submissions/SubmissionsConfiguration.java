package dev.earshot.server.submissions;

import dev.earshot.engine.intel.component.IntelComponents;
import dev.earshot.engine.intel.component.IntelTools;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.component.Transcription;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The submissions door's settings and the engine plans its tasks run. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubmissionsSettings.class)
class SubmissionsConfiguration {

    @Bean
    TaskPlans taskPlans(SpeechModels speechModels, IntelTools intelTools) {
        List<Component<?>> components = new ArrayList<>(List.of(new Transcription(speechModels)));
        components.addAll(IntelComponents.all(speechModels, intelTools));
        return new TaskPlans(ComponentRegistry.of(components), new PipelineRunner());
    }
}
