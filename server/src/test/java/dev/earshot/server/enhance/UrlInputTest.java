package dev.earshot.server.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.earshot.engine.audio.AudioProbe;
import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.VideoProbe;
import dev.earshot.engine.audio.VideoStreamInfo;
import dev.earshot.server.support.DoorClient;
import dev.earshot.server.support.TestAudio;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;

/**
 * URL inputs and presigned PUT outputs against a real local HTTP server, which this configuration allows
 * (http, 127.0.0.1 and localhost); the default policy refuses the same URLs ({@link EnhanceRejectionTest}).
 */
@TestPropertySource(properties = {"earshot.outbound.allow-http=true",
        "earshot.outbound.allowed-hosts=127.0.0.1,localhost", "earshot.jobs.max-attempts=2",
        "earshot.enhance.max-file-bytes=2000000"})
class UrlInputTest extends EnhanceServerTest {

    private static HttpServer remote;
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    private static final List<Put> PUTS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FAILED_PUTS = new AtomicInteger();

    @TempDir
    Path dir;

    record Put(String path, String contentType, byte[] body) {
    }

    @BeforeAll
    static void startRemote() throws IOException {
        remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.createContext("/", UrlInputTest::serve);
        remote.start();
        byte[] garbage = new byte[20_000];
        new Random(9).nextBytes(garbage);
        FILES.put("/media/noisy.wav", NoisyAudio.wav(4));
        FILES.put("/media/garbage.wav", garbage);
        FILES.put("/media/long.wav", NoisyAudio.wav(70));
    }

    @AfterAll
    static void stopRemote() {
        remote.stop(0);
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (exchange.getRequestMethod().equals("PUT")) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (path.startsWith("/failing/")) {
                    FAILED_PUTS.incrementAndGet();
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                PUTS.add(new Put(path, exchange.getRequestHeaders().getFirst("Content-Type"), body));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            if (path.startsWith("/slow/")) {
                sleep(2500);
                path = path.replace("/slow/", "/media/");
            }
            if (path.startsWith("/redirect-to-metadata")) {
                exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data");
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            byte[] file = FILES.get(path);
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, file.length);
            exchange.getResponseBody().write(file);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + remote.getAddress().getPort() + path;
    }

    @Test
    void aUrlInputIsFetchedCleanedAndPutToThePresignedOutputWithItsContentType() {
        String output = url("/bucket/clean-" + System.nanoTime() + ".mp3?X-Amz-Signature=abc%3D&Expires=1");

        Map<String, Object> status = awaitFinished(submit("{\"input\": \""
                + url("/media/noisy.wav?AWSAccessKeyId=ABC&Signature=PxM%3D") + "\", \"outputExtension\": \"mp3\", "
                + "\"output\": \"" + output + "\"}"));

        assertThat(status).containsEntry("state", "succeeded");
        Put put = putTo(output);
        assertThat(put.contentType()).isEqualTo("audio/mpeg");
        assertThat(NoisyAudio.decode(put.body(), "put.mp3", dir).durationSeconds()).isCloseTo(4.0, within(0.1));
        assertThat(download(status).body()).isEqualTo(put.body());
    }

    @Test
    void withoutOutputExtensionTheOutputUrlsExtensionChoosesTheFormat() {
        String output = url("/bucket/audo-enhanced_foo-" + System.nanoTime()
                + ".flac?AWSAccessKeyId=ABC&Signature=e8O%3D&content-type=audio%2Fflac&Expires=1615340231");

        Map<String, Object> status = awaitFinished(submit("{\"input\": \"" + url("/media/noisy.wav")
                + "\", \"output\": \"" + output + "\"}"));

        assertThat((String) status.get("downloadPath")).endsWith(".flac");
        Put put = putTo(output);
        assertThat(put.contentType()).isEqualTo("audio/flac");
        assertThat(NoisyAudio.decode(put.body(), "put.flac", dir).durationSeconds()).isCloseTo(4.0, within(0.01));
    }

    @Test
    void aSlowDownloadIsReportedAsDownloadingFirst() {
        String jobId = submit("{\"input\": \"" + url("/slow/noisy.wav") + "\"}");

        assertThat(status(jobId)).containsExactly(Map.entry("state", "downloading"));
        assertThat(awaitFinished(jobId)).containsEntry("state", "succeeded");
    }

    @Test
    void garbageAtTheUrlFailsWithAReasonOnTheStatusAndTheWebSocket() throws Exception {
        String jobId = submit("{\"input\": \"" + url("/media/garbage.wav") + "\"}");

        Map<String, Object> status = awaitFinished(jobId);
        StatusStream stream = StatusStream.open(port, jobId, "x-api-key", KEY);

        assertThat(status).containsOnlyKeys("state", "reason").containsEntry("state", "failed");
        assertThat((String) status.get("reason")).startsWith(
                "the input is not audio or video Earshot can read: cannot decode 'garbage.wav'");
        assertThat(stream.awaitClose(Duration.ofSeconds(10))).isEqualTo(1000);
        assertThat(stream.parsed()).containsExactly(status);
    }

    @Test
    void anMp3CutShortAtTheUrlFailsNamingTheUrlsFileNotTheLocalCopy() {
        byte[] mp3 = TestAudio.encode(NoisyAudio.wav(4), OutputFormat.MP3, dir);
        FILES.put("/media/take 1.mp3", Arrays.copyOf(mp3, mp3.length / 3));

        Map<String, Object> status = awaitFinished(submit("{\"input\": \"" + url("/media/take%201.mp3?sig=abc")
                + "\"}"));

        assertThat((String) status.get("reason")).startsWith("cannot decode 'take 1.mp3': the file is truncated");
    }

    @Test
    void aMissingInputATooLargeOneAndARedirectToAPrivateAddressFailWithTheirReasons() {
        Map<String, Object> missing = awaitFinished(submit("{\"input\": \"" + url("/media/none.wav?sig=secret") + "\"}"));
        Map<String, Object> redirected = awaitFinished(submit("{\"input\": \"" + url("/redirect-to-metadata") + "\"}"));

        assertThat(missing).containsEntry("reason", "downloading the input failed: the server answered 404 for "
                + url("/media/none.wav"));
        assertThat(awaitFinished(submit("{\"input\": \"" + url("/media/long.wav") + "\"}")))
                .containsEntry("reason", "downloading the input failed: the file is larger than 2000000 bytes");
        assertThat((String) redirected.get("reason")).startsWith("the input URL is refused: the host 169.254.169.254 "
                + "resolves to 169.254.169.254, a private, loopback, link-local or reserved address");
    }

    @Test
    void aFailingPutIsRetriedAndTheJobThenFailsWithThePutsReason() {
        int before = FAILED_PUTS.get();

        Map<String, Object> status = awaitFinished(submit("{\"input\": \"" + url("/media/noisy.wav")
                + "\", \"output\": \"" + url("/failing/out.wav") + "\"}"));

        assertThat(status).containsEntry("reason",
                "uploading the result to the output URL failed: the upload URL answered 500 (attempt 2 of 2)");
        assertThat(FAILED_PUTS.get() - before).isEqualTo(2);
    }

    @Test
    void theSeedsRemoteVideoExampleWebmToMp4KeepsThePictureAsH264() throws Exception {
        FILES.put("/media/big-buck-bunny_trailer.webm",
                TestVideo.make(dir.resolve("in.webm"), "webm", "libvpx", "libopus", 3));

        DoorClient.Reply submitted = removeNoise("{\"input\": \"" + url("/media/big-buck-bunny_trailer.webm")
                + "\", \"outputExtension\": \"mp4\"}", "x-api-key", KEY);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Map<String, Object> status = awaitFinished((String) submitted.json().get("jobId"));

        DoorClient.Reply file = download(status);
        assertThat(file.header("Content-Type")).isEqualTo("video/mp4");
        Path mp4 = Files.write(dir.resolve("out.mp4"), file.body());
        assertThat(new VideoProbe().probe(mp4, "out.mp4")).get().extracting(VideoStreamInfo::codec).isEqualTo("h264");
        assertThat(TestVideo.videoPackets(mp4)[0]).isEqualTo(TestVideo.videoPackets(dir.resolve("in.webm"))[0]);
        assertThat(new AudioProbe().probe(mp4, "out.mp4").codec()).isEqualTo("aac");
        assertThat(NoisyAudio.decode(file.body(), "out.mp4", dir).durationSeconds()).isCloseTo(3.0, within(0.1));
    }

    private static Put putTo(String url) {
        String path = java.net.URI.create(url).getPath();
        await().atMost(Duration.ofSeconds(5)).until(() -> PUTS.stream().anyMatch(p -> p.path().equals(path)));
        return PUTS.stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
