package dev.earshot.engine.speech;

import dev.earshot.engine.error.EarshotException;
import java.util.List;

/** A request for speech in a language Earshot has no model for. The request is at fault (a 400 at the doors). */
public class UnsupportedLanguageException extends EarshotException {

    private final String requested;
    private final List<String> supported;

    public UnsupportedLanguageException(String requested, List<String> supported) {
        super("language '" + requested + "' is not supported; supported languages: " + String.join(", ", supported)
                + " (any regional variant, e.g. en-US or en-GB, uses the English model)");
        this.requested = requested;
        this.supported = List.copyOf(supported);
    }

    /** The language tag as requested. */
    public String requested() {
        return requested;
    }

    /** BCP 47 tags of the supported languages, e.g. {@code [en]}. */
    public List<String> supported() {
        return supported;
    }
}
