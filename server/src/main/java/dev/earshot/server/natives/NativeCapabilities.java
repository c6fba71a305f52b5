package dev.earshot.server.natives;

import dev.earshot.engine.natives.CapabilityStatus;
import dev.earshot.engine.pipeline.NativeCapability;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the native self-check found when the server started, for the doors and the job engine: a request that needs
 * a capability that is DOWN is refused with its reason, and a job that needs one waits. Before the check has run, and
 * where it does not run (the administration commands, {@code earshot.natives.self-check=false}), every capability
 * counts as available.
 */
@Component
public class NativeCapabilities {

    private volatile Map<NativeCapability, CapabilityStatus> statuses = Map.of();

    void record(List<CapabilityStatus> found) {
        Map<NativeCapability, CapabilityStatus> map = new EnumMap<>(NativeCapability.class);
        found.forEach(status -> map.put(status.capability(), status));
        statuses = Collections.unmodifiableMap(map);
    }

    /** What the check found for {@code capability}; empty when it has not run. */
    Optional<CapabilityStatus> status(NativeCapability capability) {
        return Optional.ofNullable(statuses.get(capability));
    }

    /** The first of {@code needed} (in the order of {@link NativeCapability}) found DOWN; empty when none is. */
    public Optional<CapabilityStatus> firstDown(Set<NativeCapability> needed) {
        return Arrays.stream(NativeCapability.values()).filter(needed::contains).map(statuses::get)
                .filter(status -> status != null && !status.up()).findFirst();
    }

    /**
     * Refuses a request that needs a capability that is DOWN.
     *
     * @throws CapabilityDownException naming the first of {@code needed} that is DOWN, with its reason
     */
    public void require(Set<NativeCapability> needed) {
        Optional<CapabilityStatus> down = firstDown(needed);
        if (down.isPresent()) {
            throw new CapabilityDownException(down.get());
        }
    }
}
