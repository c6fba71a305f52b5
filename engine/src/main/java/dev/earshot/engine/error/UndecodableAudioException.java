package dev.earshot.engine.error;

/** An input that is not audio Earshot can decode: empty, truncated, garbage, or of an unsupported format. */
public class UndecodableAudioException extends EarshotException {

    private final String source;

    public UndecodableAudioException(String source, String reason) {
        super("cannot decode '" + source + "': " + reason);
        this.source = source;
    }

    public UndecodableAudioException(String source, String reason, Throwable cause) {
        super("cannot decode '" + source + "': " + reason, cause);
        this.source = source;
    }

    /** The name of the input as the user gave it. */
    public String source() {
        return source;
    }
}
