package dev.earshot.engine.language;

import dev.earshot.engine.error.EarshotException;

/**
 * A language capability that this installation cannot provide: a system tool or its data is not installed, or
 * no LLM endpoint is configured. The message names the capability and what to install or configure; a server
 * answers it with 501.
 */
public class UnavailableCapabilityException extends EarshotException {

    private final String capability;
    private final String remedy;

    /**
     * @param capability what was asked for, e.g. {@code "translation eng→fra"}
     * @param remedy     what to install or configure, e.g. {@code "install the Debian package apertium-eng-spa"}
     */
    public UnavailableCapabilityException(String capability, String remedy) {
        super(capability + " is not available here: " + remedy);
        this.capability = capability;
        this.remedy = remedy;
    }

    /** What was asked for. */
    public String capability() {
        return capability;
    }

    /** What to install or configure to make it available. */
    public String remedy() {
        return remedy;
    }
}
