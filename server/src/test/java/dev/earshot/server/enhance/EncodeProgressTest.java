package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.TestAudio;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Progress while the cleaned audio is written out (85% cleaned, 98% written). */
class EncodeProgressTest extends EnhanceServerTest {

    @Test
    void theFinalEncodeOfAnMp3ReportsPercentsBetweenCleanedAndWritten() throws InterruptedException {
        String fileId = upload("long-take.wav", TestAudio.toneWav(150, 48_000, 1, 0));
        String jobId = submit("{\"fileId\": \"" + fileId + "\", \"outputExtension\": \"mp3\"}");

        Set<Integer> percents = new TreeSet<>();
        Map<String, Object> status = status(jobId);
        Instant end = Instant.now().plus(WAIT);
        while (!NoiseRemovalStatus.isTerminal(status) && Instant.now().isBefore(end)) {
            if (status.get("percent") instanceof Integer percent) {
                percents.add(percent);
            }
            Thread.sleep(40);
            status = status(jobId);
        }

        assertThat(status).containsEntry("state", "succeeded");
        assertThat(percents).as("percents seen: " + percents).anyMatch(p -> p > 85 && p < 98);
    }
}
