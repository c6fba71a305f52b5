package dev.earshot.server.studio;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where an audio file is, in Relay's words: {@code pending} (waiting for its upload and confirmation, then for a
 * worker), {@code normalizing} (decoded, probed and kept as a working copy), {@code embedding} (frame features
 * computed), {@code ready}, or {@code failed} with a reason.
 */
public enum ProcessingStatus {
    PENDING, NORMALIZING, EMBEDDING, READY, FAILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> wires() {
        return Arrays.stream(values()).map(ProcessingStatus::wire).toList();
    }

    static ProcessingStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
