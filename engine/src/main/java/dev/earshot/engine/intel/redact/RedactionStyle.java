package dev.earshot.engine.intel.redact;

/** How a redacted entity reads in a transcript. */
public enum RedactionStyle {
    /** Its type in brackets: {@code [EMAIL]}. */
    TAG,
    /**
     * Its type and a keyed hash of its value: {@code [EMAIL:ab12cd34]}, the first 8 hex digits of
     * HMAC-SHA256(salt, type + ":" + normalised value). The same value gives the same tag under the same salt,
     * so mentions can be linked without showing the value.
     */
    HASH
}
