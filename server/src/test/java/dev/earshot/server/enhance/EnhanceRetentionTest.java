package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/** The door's clean-up: uploads past their retention, and download ids whose job was deleted. */
@TestPropertySource(properties = "earshot.enhance.upload-retention=2d")
class EnhanceRetentionTest extends EnhanceServerTest {

    @Autowired
    Uploads uploads;
    @Autowired
    Downloads downloads;
    @Value("${earshot.home}")
    Path home;

    @Test
    void uploadsPastTheirRetentionAreDeletedWithTheirBlobAndTheirFileIdNoLongerWorks() {
        String fileId = upload("old.wav", NoisyAudio.wav(1));
        String blobKey = uploads.find(fileId).orElseThrow().blobKey();

        int deleted = uploads.deleteBefore(Instant.now().plusSeconds(60));

        assertThat(deleted).isEqualTo(1);
        assertThat(home.resolve("blobs").resolve(blobKey)).doesNotExist();
        assertThat(removeNoise("{\"fileId\": \"" + fileId + "\"}").status()).isEqualTo(404);
        assertThat(uploads.deleteBefore(Instant.now().minusSeconds(3600))).isZero();
    }

    @Test
    void theDownloadIdOfADeletedJobIsRemovedAndItsPathIs404() {
        String jobId = submit("{\"fileId\": \"" + upload("a.wav", NoisyAudio.wav(1)) + "\"}");
        String path = (String) awaitFinished(jobId).get("downloadPath");
        long ids = rows("enhance_downloads");

        jdbc.sql("delete from jobs where id = ?").param(jobId).update();

        assertThat(downloads.deleteOrphans()).isEqualTo(1);
        assertThat(rows("enhance_downloads")).isEqualTo(ids - 1);
        assertThat(client.get("/v1/" + path).status()).isEqualTo(404);
    }
}
