package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.Multipart;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/** The door's settings: the upload size limit, and the clean-up of old uploads and of download ids of deleted jobs. */
@TestPropertySource(properties = {"earshot.enhance.upload-retention=2d", "earshot.enhance.max-file-bytes=100000"})
class EnhanceSettingsTest extends EnhanceServerTest {

    @Autowired
    Uploads uploads;
    @Autowired
    Downloads downloads;
    @Value("${earshot.home}")
    Path home;

    @Test
    void anUploadOverTheLimitIs413AndStoresNothing() {
        long uploaded = rows("enhance_uploads");

        DoorClient.Reply reply = client.post("/v1/upload", new Multipart().file("file", "big.wav",
                NoisyAudio.wav(4)), "x-api-key", KEY);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json()).containsExactly(Map.entry("error",
                "the file is 128044 bytes; the limit is 100000 bytes (EARSHOT_ENHANCE_MAX_FILE_BYTES)"));
        assertThat(rows("enhance_uploads")).isEqualTo(uploaded);
    }

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
