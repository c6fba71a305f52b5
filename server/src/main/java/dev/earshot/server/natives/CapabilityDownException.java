package dev.earshot.server.natives;

import dev.earshot.engine.natives.CapabilityStatus;
import dev.earshot.engine.pipeline.NativeCapability;

/**
 * A request that needs a native capability the start-up self-check found DOWN. Each door answers it with 503 in its
 * own error body; the message says which library failed and what fixes it.
 */
public class CapabilityDownException extends RuntimeException {

    private final NativeCapability capability;

    CapabilityDownException(CapabilityStatus status) {
        super("not available on this server: " + status.reason());
        this.capability = status.capability();
    }

    public NativeCapability capability() {
        return capability;
    }
}
