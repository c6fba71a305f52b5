package dev.earshot.server.submissions;

import dev.earshot.server.limits.FixedWindowLimit;
import java.time.Clock;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link SubmissionsThrottle} in front of every route of the door, with one 60 s window per caller. */
@Configuration(proxyBeanMethods = false)
class SubmissionsWebConfiguration implements WebMvcConfigurer {

    static final long WINDOW_SECONDS = 60;
    private final SubmissionsThrottle throttle;

    SubmissionsWebConfiguration(SubmissionsCallers callers, SubmissionsSettings settings) {
        this.throttle = new SubmissionsThrottle(callers,
                new FixedWindowLimit(settings.rateLimitPerMinute(), WINDOW_SECONDS, Clock.systemUTC()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(throttle).addPathPatterns("/api/v1/audios", "/api/v1/audios/**",
                "/api/v1/submissions", "/api/v1/submissions/**", "/api/v1/tasks", "/api/v1/tasks/**",
                "/api/v1/user");
    }
}
