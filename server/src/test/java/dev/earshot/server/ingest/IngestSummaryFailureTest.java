package dev.earshot.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A configured LLM endpoint that does not answer (nothing listens on the discard port): the summary of a
 * full-analysis job is listed as not available with the endpoint's failure, and every other part is complete.
 */
@TestPropertySource(properties = {"earshot.llm.base-url=http://127.0.0.1:9/v1", "earshot.llm.model=test-model",
        "earshot.llm.timeout=5s"})
class IngestSummaryFailureTest extends IngestTest {

    @Test
    @SuppressWarnings("unchecked")
    void aFailingLlmEndpointCostsOnlyTheSummaryWhichIs501WithTheReason() {
        String id = completedJob("full-analysis");

        Map<String, Object> results = (Map<String, Object>) IngestFixtures.awaitFinished(client, id, KEY)
                .get("results");

        Map<String, Object> summary = (Map<String, Object>) results.get("summary");
        assertThat(summary).containsEntry("status", "not_available");
        assertThat((String) summary.get("reason")).startsWith("summarization failed: ").contains("127.0.0.1:9");
        for (String part : new String[] {"transcript", "speakers", "sentiment", "pii"}) {
            assertThat((Map<String, Object>) results.get(part)).as(part).containsEntry("status", "available");
        }
        assertError(client.get("/v1/jobs/" + id + "/summary", "X-Api-Key", KEY), 501, "not_available",
                "summarization failed");
    }
}
