package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.earshot.server.auth.Scopes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTPie examples of {@code examples/httpie/}, run as a user runs them: the real {@code http} command
 * (Debian's httpie, installed by {@code .ci/run}) against a real server, one after the other, ids passed along.
 */
class HttpieExamplesTest extends SubmissionsServerTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "httpie").toAbsolutePath().normalize();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void httpieInstalled() {
        assumeThat(onPath("http")).as("the http command (Debian package httpie, installed by .ci/run) is missing; "
                + "the HTTPie examples are not run").isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExamplesUploadSubmitReadListAndReportAsPrinted(@TempDir Path dir) throws Exception {
        Path audio = Files.write(dir.resolve("sales-call.wav"), SubmissionsDoorTest.SPEECH);
        String key = key("httpie@example.com", 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);
        String worker = keyWithoutUser(Scopes.WORKER);

        Map<String, Object> uploaded = data(run(key, "upload-audio.sh", audio.toString()));
        assertThat(uploaded).containsEntry("name", "sales-call.wav").containsKeys("id", "url", "duration", "size");

        Map<String, Object> created = data(run(key, "create-submission.sh", uploaded.get("id").toString(),
                "[\"Transcribe\", \"Summarize\"]"));
        Map<String, Object> submission = (Map<String, Object>) created.get("submission");
        Map<String, Object> task = (Map<String, Object>) created.get("task");
        assertThat(submission).containsEntry("audio_name", "Q3 earnings call").containsEntry("status", "pending");
        assertThat(task).containsEntry("type", "Transcribe&Summarize");

        Map<String, Object> shown = data(run(key, "get-submission.sh", submission.get("id").toString()));
        assertThat(shown).containsEntry("id", submission.get("id"))
                .containsEntry("context", "Call with investor Q&A");

        Map<String, Object> page = run(key, "list-tasks.sh");
        assertThat(page).containsKeys("data", "links", "meta");
        assertThat((List<Map<String, Object>>) page.get("data")).extracting(t -> t.get("id")).contains(task.get("id"));

        Map<String, Object> reported = data(run(worker, "submit-task-results.sh", task.get("id").toString()));
        assertThat(reported).containsEntry("task_id", task.get("id")).containsEntry("status", "done");

        assertThat(new String(exec(worker, "claim-task.sh").output, StandardCharsets.UTF_8)).isBlank();
    }

    @Test
    void theUrlExampleShowsLaravelsRefusalForAnAddressTheServerMayNotFetch() throws Exception {
        String key = key("httpie-url@example.com", 100, Scopes.AUDIO_WRITE, Scopes.AUDIO_READ);

        Result refused = exec(key, "create-submission-from-url.sh", "https://127.0.0.1/call.mp3");

        assertThat(refused.exitCode).as("http --check-status exits 4 on a 4xx").isEqualTo(4);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> body = json.readValue(refused.output, Map.class);
        assertThat(body.get("errors")).containsOnlyKeys("audio_url");
    }

    private Map<String, Object> run(String key, String script, String... args) throws Exception {
        Result result = exec(key, script, args);
        assertThat(result.exitCode).as(script + " printed: " + new String(result.output, StandardCharsets.UTF_8))
                .isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> body = json.readValue(result.output, Map.class);
        return body;
    }

    private Result exec(String key, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", EXAMPLES.resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("BASE_URL", "http://127.0.0.1:" + port);
        builder.environment().put("API_KEY", key);
        builder.environment().put("WORKER_KEY", key);
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS)).as(script + ": " + errors)
                .isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(":")).stream().anyMatch(dir -> Files.isExecutable(Path.of(dir,
                command)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> body) {
        return (Map<String, Object>) body.get("data");
    }

    private record Result(int exitCode, byte[] output) {
    }
}
