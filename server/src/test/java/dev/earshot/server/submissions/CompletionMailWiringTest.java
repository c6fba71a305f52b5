package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.ServerTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The server as shipped, with no mail settings: it starts, skips the mail, and health knows nothing of mail. */
class CompletionMailWiringTest extends ServerTest {

    @Autowired
    CompletionMail mail;

    @Test
    void withoutMailSettingsTheMailIsSkipped() {
        assertThat(mail.send("ann@example.com", "Q3 earnings call", 73, 104, "Transcribe", "done")).isFalse();
    }

    @Test
    void healthHasNoMailComponent() {
        Reply health = client.get("/actuator/health");

        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> components = (Map<String, Object>) health.json().get("components");
        assertThat(components).doesNotContainKey("mail");
    }
}
