package dev.earshot.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.support.Multipart;
import dev.earshot.server.support.TestAudio;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client that drops the connection in the middle of an upload leaves nothing behind, at every door that takes
 * uploads: no row, no blob, no work file, no multipart part spooled by the servlet container.
 */
class DroppedUploadTest extends ReliabilityServerTest {

    /** 2 minutes of audio, about 3.8 MB: the container is still spooling it when the connection drops. */
    private static final byte[] LARGE = TestAudio.toneWav(120, 16_000, 1, 0);

    @ParameterizedTest
    @ValueSource(strings = {"/v1/audio_engine/pipeline", "/v1/audio/ingest", "/v1/upload"})
    void aClientThatDropsTheConnectionHalfwayThroughTheBodyLeavesNothingBehind(String path) throws Exception {
        String before = footprint();
        Multipart form = new Multipart().field("components", "[{\"component_id\":\"audio_duration_check\"}]")
                .field("user_email", "user@example.com").field("project_name", PROJECT)
                .field("pipeline", "transcription");
        form.file(path.endsWith("pipeline") ? "files" : "file", "large.wav", LARGE);
        byte[] body = form.bytes();

        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: " + KEY + "\r\nContent-Type: "
                    + form.contentType() + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            awaitSpooling();
            socket.setSoLinger(true, 0);
        }

        Instant end = Instant.now().plus(Duration.ofSeconds(20));
        List<Path> scratch = scratchFiles();
        while (Instant.now().isBefore(end) && !(scratch.isEmpty() && footprint().equals(before))) {
            Thread.sleep(100);
            scratch = scratchFiles();
        }
        assertThat(scratch).as("scratch files after the dropped upload").isEmpty();
        assertThat(footprint()).as("rows and blobs after the dropped upload").isEqualTo(before);
        assertThat(healthStatus()).startsWith("200");
    }

    /** Waits until the container has spooled part of the upload to disk, so dropping it has something to undo. */
    private void awaitSpooling() throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(end) && scratchFiles().isEmpty()) {
            Thread.sleep(20);
        }
        assertThat(scratchFiles()).as("the half-sent upload spooled to disk").isNotEmpty();
    }
}
