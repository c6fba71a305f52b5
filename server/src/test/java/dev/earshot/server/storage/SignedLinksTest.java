package dev.earshot.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.system.EarshotHome;
import dev.earshot.server.system.EarshotProperties;
import dev.earshot.server.testing.OnH2;
import dev.earshot.server.testing.TestHome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Signed links against a real server on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class SignedLinksTest {
    private static final String KEY = "results/job-1/out.wav";
    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    int port;
    @Autowired
    BlobStore blobs;
    @Autowired
    SignedUrls signedUrls;

    @BeforeEach
    void storeBlob() {
        blobs.put(KEY, new ByteArrayInputStream("RIFF-audio".getBytes(StandardCharsets.UTF_8)), "audio/wav");
    }

    @Test
    void validLinkStreamsTheBlobWithItsHeaders() throws Exception {
        HttpResponse<String> response = get(link(KEY, Duration.ofMinutes(5), "my take.wav"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("RIFF-audio");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(response.headers().firstValue("Content-Length")).hasValue("10");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
                .startsWith("attachment").contains("my take.wav");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void headGivesTheHeadersWithoutBody() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(link(KEY, Duration.ofMinutes(5), null)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Length")).hasValue("10");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString().contains("out.wav");
    }

    @Test
    void defaultLinkIsValidForADayAndUsesTheRequestBase() {
        String url = withRequest(() -> signedUrls.url(KEY, "out.wav"));

        long expires = Long.parseLong(url.replaceAll(".*expires=(\\d+).*", "$1"));
        assertThat(url).startsWith("http://localhost:" + port + "/blobs/" + KEY + "?expires=");
        assertThat(expires - System.currentTimeMillis() / 1000).isBetween(86_390L, 86_400L);
    }

    @Test
    void expiredLinkIsForbidden() throws Exception {
        HttpResponse<String> response = get(link(KEY, Duration.ofSeconds(-5), null));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.body()).contains("\"detail\"").contains("expired").doesNotContain("RIFF");
    }

    @Test
    void tamperedLinksAreForbidden() throws Exception {
        String url = link(KEY, Duration.ofMinutes(5), "a.wav");
        String otherKey = url.replace("job-1", "job-2");
        String longer = url.replaceAll("expires=(\\d+)", "expires=9999999999");
        String renamed = url.replace("filename=a.wav", "filename=b.html");
        String badSignature = url.substring(0, url.length() - 1) + (url.endsWith("0") ? "1" : "0");
        String unsigned = url.substring(0, url.indexOf("&sig="));

        for (String tampered : new String[] {otherKey, longer, renamed, badSignature, unsigned}) {
            HttpResponse<String> response = get(tampered);
            assertThat(response.statusCode()).as(tampered).isEqualTo(403);
            assertThat(response.body()).as(tampered).contains("invalid");
        }
    }

    @Test
    void linkSignedWithAnotherSecretIsForbidden() throws Exception {
        EarshotProperties otherServer = new EarshotProperties(
                TestHome.create(), "http://localhost:" + port + "/", "another-secret", null);
        SignedUrls foreign = new SignedUrls(otherServer, new SigningSecret(otherServer, new EarshotHome(otherServer)));

        String url = foreign.url(KEY, Duration.ofMinutes(5), null);
        HttpResponse<String> response = get(url);

        assertThat(url).as("public-url is the base").startsWith("http://localhost:" + port + "/blobs/" + KEY + "?");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("invalid");
    }

    @Test
    void deletedBlobIsNotFound() throws Exception {
        String url = link(KEY, Duration.ofMinutes(5), null);
        blobs.delete(KEY);

        HttpResponse<String> response = get(url);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"detail\"");
    }

    private String link(String key, Duration validity, String fileName) {
        return withRequest(() -> signedUrls.url(key, validity, fileName));
    }

    /** Signs inside a request to this server, as a controller would. */
    private <T> T withRequest(Supplier<T> action) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v1/anything");
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return action.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
