package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Why a job failed, in words about the user's own file. */
class NoiseRemovalFailureTest extends EnhanceServerTest {

    @Value("${earshot.home}")
    Path home;

    @Test
    void aJobWhoseStoredUploadNoLongerDecodesFailsNamingTheUploadedFileNotItsStoredCopy() throws IOException {
        String fileId = upload("interview take 3.wav", NoisyAudio.wav(2));
        String blobKey = jdbc.sql("select blob_key from enhance_uploads where id = ?").param(fileId)
                .query(String.class).single();
        byte[] garbage = new byte[8_000];
        new Random(5).nextBytes(garbage);
        Files.write(home.resolve("blobs").resolve(blobKey), garbage);

        Map<String, Object> status = awaitFinished(submit("{\"fileId\": \"" + fileId + "\"}"));

        assertThat(status).containsEntry("state", "failed");
        assertThat((String) status.get("reason")).startsWith(
                "the input is not audio or video Earshot can read: cannot decode 'interview take 3.wav'");
    }
}
