package dev.earshot.engine.natives;

import dev.earshot.engine.pipeline.NativeCapability;

/**
 * What the self-check found for one native capability.
 *
 * @param capability the capability checked
 * @param reason     null when it works; otherwise which library failed, why, and which package or setting fixes it
 * @param millis     wall-clock time the check took, in milliseconds (most of it loading the library or model)
 */
public record CapabilityStatus(NativeCapability capability, String reason, long millis) {

    /** True when the capability worked on the check's signal. */
    public boolean up() {
        return reason == null;
    }
}
