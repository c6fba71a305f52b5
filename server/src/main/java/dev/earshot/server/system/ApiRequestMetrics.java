package dev.earshot.server.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the {@code earshot.api.requests} timer (Prometheus: {@code earshot_api_requests_seconds_count},
 * {@code _sum}, {@code _max}) from {@link ApiRequestHandled}, tagged by door, method, route pattern and status.
 */
@Component
class ApiRequestMetrics {

    static final String NAME = "earshot.api.requests";
    private final MeterRegistry registry;

    ApiRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void record(ApiRequestHandled request) {
        Timer.builder(NAME)
                .description("Requests the doors answered")
                .tag("door", request.door())
                .tag("method", request.method())
                .tag("route", request.route())
                .tag("status", Integer.toString(request.status()))
                .register(registry)
                .record(request.latency());
    }
}
