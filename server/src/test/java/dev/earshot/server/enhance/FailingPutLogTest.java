package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * A user's presigned output URL that refuses the PUT is the user's problem, not Earshot's: each attempt is one
 * warning line with the job id, no stack trace, no internal error, and the URL's signature is never logged.
 */
@TestPropertySource(properties = {"earshot.outbound.allow-http=true", "earshot.outbound.allowed-hosts=127.0.0.1",
        "earshot.jobs.max-attempts=2"})
@ExtendWith(OutputCaptureExtension.class)
class FailingPutLogTest extends EnhanceServerTest {

    private static final String SIGNATURE = "X-Amz-Signature=c2VjcmV0LXNpZ25hdHVyZQ";
    private static HttpServer remote;

    @BeforeAll
    static void startRemoteThatRefusesEveryPut() throws IOException {
        remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(403, -1);
            }
        });
        remote.start();
    }

    @AfterAll
    static void stopRemote() {
        remote.stop(0);
    }

    @Test
    void aRefusedPutIsOneWarningLinePerAttemptWithTheJobIdAndNoStackTrace(CapturedOutput output) {
        String output403 = "http://127.0.0.1:" + remote.getAddress().getPort() + "/bucket/out.wav?" + SIGNATURE;
        int start = output.getAll().length();

        String jobId = submit("{\"fileId\": \"" + upload("a.wav", NoisyAudio.wav(1)) + "\", \"output\": \""
                + output403 + "\"}");
        Map<String, Object> status = awaitFinished(jobId);

        String logged = output.getAll().substring(start);
        List<String> aboutTheJob = logged.lines()
                .filter(line -> line.contains(jobId) && !line.contains("earshot.requests")).toList();
        assertThat(status).containsEntry("reason",
                "uploading the result to the output URL failed: the upload URL answered 403 (attempt 2 of 2)");
        assertThat(aboutTheJob).hasSize(2).allMatch(line -> line.contains(" WARN "));
        assertThat(aboutTheJob.get(0)).endsWith("job " + jobId + ": uploading the result to the output URL failed: "
                + "the upload URL answered 403 (attempt 1 of 2); will retry");
        assertThat(aboutTheJob.get(1)).endsWith("job " + jobId + " failed: uploading the result to the output URL "
                + "failed: the upload URL answered 403 (attempt 2 of 2)");
        assertThat(logged).doesNotContain("\tat ", " ERROR ", "internal error", "Exception", SIGNATURE);
    }
}
