package dev.earshot.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.component.StandardComponents;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.ServerTest;
import dev.earshot.server.support.TestAudio;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

/** A deployment without speech components and with a failing one: 500, 501 and, once stopped, 503. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(PipelineDoorFailureTest.FailingComponent.class)
class PipelineDoorFailureTest extends ServerTest {

    @TestConfiguration
    static class FailingComponent {
        @Bean
        @Primary
        ComponentRegistry registryWithAFailingStep() {
            List<Component<?>> components = new ArrayList<>(StandardComponents.all());
            components.add(new Component<Void>() {
                public String id() {
                    return "test_failure";
                }

                public Void parseParams(ParamReader params) {
                    params.rejectUnknownKeys();
                    return null;
                }

                public StepOutput run(StepContext context, Void params) {
                    throw new IllegalStateException("disk on fire at /secret/path");
                }
            });
            return ComponentRegistry.of(components);
        }
    }

    @Autowired
    ExecutorService pipelineWorkers;

    Multipart form(String components) {
        return new Multipart().field("components", components).field("user_email", "user@example.com")
                .field("project_name", PROJECT).file("files", "in.wav", TestAudio.toneWav(1, 16_000, 1, 0));
    }

    @Test
    @Order(1)
    void aComponentFailureIs500WithAnErrorIdAndNoInternalDetail() {
        Reply reply = client.post(PipelineDoorTest.PATH, form("[{\"component_id\":\"test_failure\"}]"),
                "X-API-Key", KEY);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(500);
        assertThat((String) reply.json().get("detail")).contains("error id").doesNotContain("/secret/path");
        String status = jdbc.sql("select status from tasks order by created_at desc limit 1").query(String.class)
                .single();
        assertThat(status).isEqualTo("FAILED");
    }

    @Test
    @Order(2)
    void aKnownComponentThisDeploymentLacksIs501AndWritesNothing() {
        String before = footprint();
        Reply reply = client.post(PipelineDoorTest.PATH,
                form("[{\"component_id\":\"speech_duration_measurement\",\"params\":{\"threshold\":0.5}}]"),
                "X-API-Key", KEY);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(501);
        assertThat((String) reply.json().get("detail")).contains("speech_duration_measurement");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    @Order(3)
    @DirtiesContext
    void aStoppedEngineIs503() {
        pipelineWorkers.shutdownNow();
        Reply reply = client.post(PipelineDoorTest.PATH, form("[{\"component_id\":\"noise_reduce\"}]"),
                "X-API-Key", KEY);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
    }
}
