package dev.earshot.server.submissions;

import dev.earshot.server.limits.FixedWindowLimit;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts Laravel's middleware order in front of every route of the door: {@link PostSizeLimit} (global, before any
 * key is read), then {@link SubmissionsThrottle} with one 60 s window per caller.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionsWebConfiguration implements WebMvcConfigurer {

    static final long WINDOW_SECONDS = 60;
    private static final String[] ROUTES = {"/api/v1/audios", "/api/v1/audios/**", "/api/v1/submissions",
        "/api/v1/submissions/**", "/api/v1/tasks", "/api/v1/tasks/**", "/api/v1/user"};
    private final PostSizeLimit postSize;
    private final SubmissionsThrottle throttle;

    SubmissionsWebConfiguration(SubmissionsCallers callers, SubmissionsSettings settings,
                                @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.postSize = new PostSizeLimit(maxRequestSize);
        this.throttle = new SubmissionsThrottle(callers,
                new FixedWindowLimit(settings.rateLimitPerMinute(), WINDOW_SECONDS, Clock.systemUTC()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(postSize).addPathPatterns(ROUTES);
        registry.addInterceptor(throttle).addPathPatterns(ROUTES);
    }
}
