package dev.earshot.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.auth.Scopes;
import dev.earshot.server.support.DoorClient.Reply;
import dev.earshot.server.support.TestAudio;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Upload forms that expire after a second, and abandoned uploads swept at once after that. */
@TestPropertySource(properties = {"earshot.studio.upload-expiry=1s", "earshot.studio.abandoned-after=0s",
    "earshot.studio.sweep-interval=1h"})
class AbandonedUploadTest extends StudioServerTest {

    private static final byte[] AUDIO = TestAudio.toneWav(1.0, 16_000, 1, 0);

    @Autowired
    UploadSweep sweep;

    @Test
    void anExpiredFormIsRefusedAsS3RefusesItAndStoresNothing() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        Map<String, Object> upload = uploadUrl(key, dataset, "late.wav", "audio/wav", AUDIO.length);
        Thread.sleep(1500);

        Reply late = postForm(upload, Map.of(), "late.wav", AUDIO);
        Reply confirm = call("POST", "/api/v1/datasets/" + dataset + "/audio/confirm", key,
                "{\"audio_id\": \"" + upload.get("audio_id") + "\"}");

        assertThat(upload.get("expires_in")).isEqualTo(1);
        assertThat(late.status()).isEqualTo(403);
        assertThat(late.text()).contains("<Code>AccessDenied</Code>")
                .contains("<Message>Invalid according to Policy: Policy expired.</Message>");
        assertThat(blobsOf(dataset)).isZero();
        assertThat(confirm.status()).isEqualTo(400);
        assertThat((String) confirm.json().get("detail")).contains("request a new upload URL");
    }

    @Test
    void theSweepRemovesFormsNeverUsedAndUploadsNeverConfirmedRowsAndBlobs() throws Exception {
        String key = projectKey(Scopes.AUDIO_READ, Scopes.AUDIO_WRITE);
        String dataset = dataset(key);
        Map<String, Object> unused = uploadUrl(key, dataset, "unused.wav", "audio/wav", AUDIO.length);
        Map<String, Object> unconfirmed = uploadUrl(key, dataset, "unconfirmed.wav", "audio/wav", AUDIO.length);
        assertThat(postForm(unconfirmed, Map.of(), "unconfirmed.wav", AUDIO).status()).isEqualTo(204);
        Map<String, Object> confirmed = uploadUrl(key, dataset, "kept.wav", "audio/wav", AUDIO.length);
        assertThat(postForm(confirmed, Map.of(), "kept.wav", AUDIO).status()).isEqualTo(204);
        call("POST", "/api/v1/datasets/" + dataset + "/audio/confirm", key,
                "{\"audio_id\": \"" + confirmed.get("audio_id") + "\"}");
        assertThat(blobsOf(dataset)).isGreaterThanOrEqualTo(2);
        Thread.sleep(1500);

        int removed = sweep.sweep();

        assertThat(removed).isGreaterThanOrEqualTo(2);
        for (Map<String, Object> gone : new Map[] {unused, unconfirmed}) {
            assertThat(get("/api/v1/datasets/" + dataset + "/audio/" + gone.get("audio_id"), key).status())
                    .isEqualTo(404);
        }
        assertThat(awaitProcessed(key, dataset, (String) confirmed.get("audio_id")))
                .containsEntry("processing_status", "ready");
        assertThat(get("/api/v1/datasets/" + dataset, key).json()).containsEntry("audio_count", 1);
        assertThat(blobsOf(dataset)).as("the kept file's upload, working copy and features").isEqualTo(3);
    }
}
