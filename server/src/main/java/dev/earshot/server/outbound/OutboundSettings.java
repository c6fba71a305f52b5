package dev.earshot.server.outbound;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which URLs Earshot may call or fetch ({@code earshot.outbound.*}).
 *
 * @param allowHttp       also allow plain http (default false: https only)
 * @param allowedHosts    host names or CIDR blocks that pass even when they resolve to a private, loopback or
 *                        link-local address (for example {@code media.internal,10.20.0.0/16})
 * @param connectTimeout  time to open a connection
 * @param requestTimeout  time for a whole request (a webhook, a PUT); downloads are bounded per read instead
 * @param maxRedirects    redirects followed, each checked again (0 to 10)
 */
@ConfigurationProperties("earshot.outbound")
public record OutboundSettings(boolean allowHttp, List<String> allowedHosts, Duration connectTimeout,
                               Duration requestTimeout, int maxRedirects) {

    public OutboundSettings {
        allowedHosts = allowedHosts == null ? List.of()
                : allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
        if (maxRedirects < 0 || maxRedirects > 10) {
            throw new IllegalArgumentException("earshot.outbound.max-redirects must be 0..10, got " + maxRedirects);
        }
    }
}
