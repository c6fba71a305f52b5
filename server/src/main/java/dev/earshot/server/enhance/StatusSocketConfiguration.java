package dev.earshot.server.enhance;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ApiKeyChallenge;
import dev.earshot.server.auth.Scopes;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the status WebSocket. The handshake is authenticated like the HTTP door (X-Api-Key or Bearer, with
 * {@code audio:read}); a refused handshake is answered with the door's status (401, 403, 404) and
 * {@code {"error": "..."}} before any upgrade.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(EnhanceSettings.class)
class StatusSocketConfiguration implements WebSocketConfigurer {

    static final String PATH_PREFIX = "/v1/wss/remove-noise/";
    private final StatusSocket socket;
    private final EnhanceCallers callers;
    private final JsonMapper json;

    StatusSocketConfiguration(StatusSocket socket, EnhanceCallers callers, JsonMapper json) {
        this.socket = socket;
        this.callers = callers;
        this.json = json;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(socket, PATH_PREFIX + "*/status").addInterceptors(new Handshake());
    }

    /** Checks the key and the job before the upgrade and hands the job id to the socket. */
    private final class Handshake implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                       WebSocketHandler handler, Map<String, Object> attributes) throws IOException {
            HttpServletRequest http = ((ServletServerHttpRequest) request).getServletRequest();
            String path = http.getRequestURI().substring(http.getContextPath().length());
            String jobId = path.substring(PATH_PREFIX.length(), path.length() - "/status".length());
            try {
                ApiCaller caller = callers.require(http, Scopes.AUDIO_READ);
                attributes.put(StatusSocket.JOB_ID, callers.job(caller, jobId).id());
                return true;
            } catch (EnhanceDoorException e) {
                response.setStatusCode(e.status());
                if (e.status() == HttpStatus.UNAUTHORIZED) {
                    response.getHeaders().put(HttpHeaders.WWW_AUTHENTICATE, ApiKeyChallenge.of(http));
                }
                response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
                response.getBody().write(json.writeValueAsString(Map.of("error", e.getMessage()))
                        .getBytes(StandardCharsets.UTF_8));
                return false;
            }
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Exception exception) {
            // nothing to do after the upgrade
        }
    }
}
