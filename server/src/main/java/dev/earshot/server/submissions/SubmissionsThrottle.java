package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.limits.FixedWindowLimit;
import dev.earshot.server.limits.FixedWindowLimit.Attempt;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Laravel's {@code auth} then {@code throttle:api} middleware in front of every route of this door: the caller is
 * authenticated first (401 without a valid key, and no rate-limit headers), then counted against
 * {@link FixedWindowLimit} by user, or by client address for a key without a user. Every counted answer carries
 * {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}; a refused request is a 429 "Too Many Attempts." that
 * adds {@code Retry-After} (seconds) and {@code X-RateLimit-Reset} (Unix seconds). A path that matches no route of
 * the door is left alone, as Laravel answers it before any middleware runs.
 */
final class SubmissionsThrottle implements HandlerInterceptor {

    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";
    private final SubmissionsCallers callers;
    private final FixedWindowLimit limit;

    SubmissionsThrottle(SubmissionsCallers callers, FixedWindowLimit limit) {
        this.callers = callers;
        this.limit = limit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        ApiCaller caller = callers.caller(request);
        Attempt attempt = limit.hit(subject(caller, request));
        response.setHeader(LIMIT, Integer.toString(attempt.limit()));
        response.setHeader(REMAINING, Long.toString(attempt.remaining()));
        if (!attempt.allowed()) {
            response.setHeader("Retry-After", Long.toString(attempt.retryAfterSeconds()));
            response.setHeader(RESET, Long.toString(attempt.retryAt().getEpochSecond()));
            throw SubmissionsException.tooManyAttempts();
        }
        return true;
    }

    /** Laravel's default {@code api} limiter: the user's id, else the client's address. */
    static String subject(ApiCaller caller, HttpServletRequest request) {
        return caller.userId() != null ? "user:" + caller.userId() : "ip:" + request.getRemoteAddr();
    }
}
