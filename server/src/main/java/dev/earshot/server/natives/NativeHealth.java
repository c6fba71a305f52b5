package dev.earshot.server.natives;

import dev.earshot.engine.natives.CapabilityStatus;
import dev.earshot.engine.pipeline.NativeCapability;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;

/**
 * Each native capability as a component of {@code /actuator/health}, named by {@link NativeCapability#id()}
 * ({@code ffmpeg}, {@code sileroVad}, {@code vosk}): UP, or DOWN with the reason as the status description (shown
 * with the components, while details stay hidden), or UNKNOWN where the self-check did not run. A component that is
 * DOWN makes the whole health DOWN (HTTP 503), so a load balancer sends audio to other nodes.
 */
@Component
class NativeHealth {

    NativeHealth(HealthContributorRegistry registry, NativeCapabilities capabilities) {
        for (NativeCapability capability : NativeCapability.values()) {
            registry.registerContributor(capability.id(), (HealthIndicator) () -> capabilities.status(capability)
                    .map(NativeHealth::health)
                    .orElseGet(() -> Health.status(new Status(Status.UNKNOWN.getCode(), "not checked: the native "
                            + "self-check runs when the server starts (earshot.natives.self-check)")).build()));
        }
    }

    private static Health health(CapabilityStatus status) {
        Health.Builder health = status.up() ? Health.up()
                : Health.status(new Status(Status.DOWN.getCode(), status.reason()));
        return health.withDetail("checkMillis", status.millis()).build();
    }
}
