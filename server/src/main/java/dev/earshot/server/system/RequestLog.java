package dev.earshot.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured line per request: method, path, status, latency, key prefix and user, remote address.
 * Doors name the caller with {@link #identify}; the secret part of a key is never logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("earshot.requests");
    private static final String KEY = RequestLog.class.getName() + ".key";
    private static final String USER = RequestLog.class.getName() + ".user";

    /** Records who made {@code request}, for its log line. */
    public static void identify(HttpServletRequest request, String keyPrefix, String user) {
        request.setAttribute(KEY, keyPrefix);
        request.setAttribute(USER, user);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - started) / 1000;
            log.info("method={} path={} status={} latency_ms={} key={} user={} remote={}",
                    request.getMethod(), request.getRequestURI(), response.getStatus(),
                    String.format("%.1f", micros / 1000.0), request.getAttribute(KEY), request.getAttribute(USER),
                    request.getRemoteAddr());
        }
    }
}
