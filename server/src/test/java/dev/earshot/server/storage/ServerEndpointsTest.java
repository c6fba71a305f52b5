package dev.earshot.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.server.testing.OnH2;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health and metrics endpoints of the running server (shares SignedLinksTest's context). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class ServerEndpointsTest {
    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    int port;

    @Test
    void exposesHealthAndPrometheusOnly() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"UP\"");
        assertThat(get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
