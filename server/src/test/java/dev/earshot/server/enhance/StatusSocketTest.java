package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Scopes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The status WebSocket with a real client (JDK {@code java.net.http.WebSocket}), on a server with one job worker
 * so jobs really wait in the queue, and a 20 ms status poll: a 3-minute file is cleaned in about a second, too
 * quickly for the default 200 ms poll to see its percent rise more than once on a fast machine.
 */
@TestPropertySource(properties = {"db-scheduler.threads=1", "earshot.enhance.status-poll-interval=20ms"})
class StatusSocketTest extends EnhanceServerTest {

    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Projects projects;

    @Test
    void aQueuedJobIsFollowedFromItsPlaceInTheQueueThroughRisingPercentsToItsDownloadPath() throws Exception {
        String first = upload("first.wav", NoisyAudio.wav(60));
        String second = upload("second.wav", NoisyAudio.wav(20));
        String third = upload("third.wav", NoisyAudio.wav(180));
        submit("{\"fileId\": \"" + first + "\"}");
        String secondJob = submit("{\"fileId\": \"" + second + "\"}");
        String thirdJob = submit("{\"fileId\": \"" + third + "\"}");

        StatusStream stream = StatusStream.open(port, thirdJob, "x-api-key", KEY);
        StatusStream bearer = StatusStream.open(port, secondJob, "Authorization", "Bearer " + KEY);

        assertThat(stream.awaitClose(WAIT)).isEqualTo(1000);
        List<Map<String, Object>> messages = stream.parsed();
        assertThat(messages.get(0)).isEqualTo(Map.of("state", "queued", "jobsAhead", 1));
        List<Integer> ahead = messages.stream().filter(m -> m.get("state").equals("queued"))
                .map(m -> (Integer) m.get("jobsAhead")).toList();
        assertThat(ahead).as("places in the queue only go down").isSortedAccordingTo((a, b) -> b - a);
        List<Integer> percents = messages.stream().filter(m -> m.get("state").equals("in_progress"))
                .map(m -> (Integer) m.get("percent")).toList();
        assertThat(percents).hasSizeGreaterThanOrEqualTo(2).isSorted().doesNotHaveDuplicates();
        assertThat(messages.subList(0, ahead.size())).allMatch(m -> m.get("state").equals("queued"));
        assertThat(messages.get(messages.size() - 1)).isEqualTo(status(thirdJob))
                .containsEntry("state", "succeeded");
        assertThat(stream.messages).doesNotHaveDuplicates();
        assertThat(bearer.awaitClose(WAIT)).isEqualTo(1000);
        assertThat(bearer.parsed().get(bearer.messages.size() - 1)).isEqualTo(status(secondJob));
    }

    @Test
    void aRefusedHandshakeGetsTheDoorsStatus() {
        String jobId = submit("{\"fileId\": \"" + upload("a.wav", NoisyAudio.wav(1)) + "\"}");
        String writeOnly = apiKeys.create("ws-" + UUID.randomUUID(), null, Set.of(Scopes.AUDIO_WRITE),
                List.of(projects.findByName("my-project").orElseThrow().id())).plainKey();

        assertRefused(jobId, 401);
        assertRefused(jobId, 401, "x-api-key", "es_" + "1".repeat(40));
        assertRefused(jobId, 403, "x-api-key", writeOnly);
        assertRefused(UUID.randomUUID().toString(), 404, "x-api-key", KEY);
    }

    private void assertRefused(String jobId, int status, String... headers) {
        assertThatThrownBy(() -> StatusStream.open(port, jobId, headers))
                .isInstanceOfSatisfying(StatusStream.Refused.class, e -> assertThat(e.status).isEqualTo(status));
    }

    @Test
    void aFinishedJobGetsItsFinalStateAtOnceAndAClose() throws Exception {
        String jobId = submit("{\"fileId\": \"" + upload("b.wav", NoisyAudio.wav(1)) + "\"}");
        Map<String, Object> finished = awaitFinished(jobId);

        StatusStream stream = StatusStream.open(port, jobId, "X-Api-Key", KEY);

        assertThat(stream.awaitClose(Duration.ofSeconds(10))).isEqualTo(1000);
        assertThat(stream.parsed()).containsExactly(finished);
    }
}
