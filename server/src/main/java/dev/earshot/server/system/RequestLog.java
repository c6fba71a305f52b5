package dev.earshot.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One structured line and one {@link ApiRequestHandled} event per request: method, path, status, latency, key prefix
 * and user, remote address.
 * Doors name the caller with {@link #identify}; the secret part of a key is never logged. Nothing that grants
 * access is logged either: not the query string (signed links carry their signature there), not the path of a
 * capability download (noise-removal results, whose random path is all a download needs), and not the secret of a
 * key pasted into a path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("earshot.requests");
    private static final String KEY = RequestLog.class.getName() + ".key";
    private static final String USER = RequestLog.class.getName() + ".user";
    private static final String REDACTED = "[redacted]";
    /** Paths that are themselves the right to read: the noise-removal door's downloads (seed 003). */
    private static final List<String> CAPABILITY_PATHS = List.of("/v1/dl/");
    private static final String UNMATCHED = "unmatched";
    private static final Pattern GENERATED_KEY = Pattern.compile("(esk_[a-z0-9]{8}_)[A-Za-z0-9]+");

    private final ApplicationEventPublisher events;

    /** Records who made {@code request}, for its log line. */
    public static void identify(HttpServletRequest request, String keyPrefix, String user) {
        request.setAttribute(KEY, keyPrefix);
        request.setAttribute(USER, user);
    }

    RequestLog(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant at = Instant.now();
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            handled(request, response, at, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private void handled(HttpServletRequest request, HttpServletResponse response, Instant at, Duration latency) {
        ApiRequestHandled handled = new ApiRequestHandled(at, DoorShape.of(request.getRequestURI()).name()
                .toLowerCase(Locale.ROOT), request.getMethod(), loggedPath(request.getRequestURI()), route(request),
                response.getStatus(), latency, (String) request.getAttribute(KEY), (String) request.getAttribute(USER),
                request.getRemoteAddr());
        log.info("method={} path={} status={} latency_ms={} key={} user={} remote={}", handled.method(),
                handled.path(), handled.status(), String.format("%.1f", latency.toNanos() / 1e6), handled.keyPrefix(),
                handled.user(), handled.remote());
        try {
            events.publishEvent(handled);
        } catch (RuntimeException e) {
            log.warn("a listener of ApiRequestHandled failed for {} {}", handled.method(), handled.path(), e);
        }
    }

    private static String route(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                && request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod
                ? pattern : UNMATCHED;
    }

    /** The path as logged: a capability path without its secret part, the secret of a generated key cut off. */
    static String loggedPath(String path) {
        for (String capability : CAPABILITY_PATHS) {
            if (path.startsWith(capability)) {
                return capability + REDACTED;
            }
        }
        return GENERATED_KEY.matcher(path).replaceAll("$1" + REDACTED);
    }
}
