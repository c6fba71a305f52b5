package dev.earshot.server.enhance;

import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.VideoContainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** File name extensions as this door reads them: lower case, without the dot, 1 to 10 letters or digits. */
final class Extensions {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]{1,10}");

    /** What {@code outputExtension} may be: the audio formats, then the video containers. */
    static final List<String> OUTPUTS = outputs();

    private Extensions() {
    }

    /** The extension of the last segment of a file name or URL path, or "" when it has none that is valid. */
    static String of(String name) {
        if (name == null) {
            return "";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = last.lastIndexOf('.');
        String extension = dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
        return VALID.matcher(extension).matches() ? extension : "";
    }

    /** A user-given extension ({@code "WAV"}, {@code ".mp3"}) in normal form, or null when it is not valid. */
    static String normal(String given) {
        String extension = given.strip().toLowerCase(Locale.ROOT);
        extension = extension.startsWith(".") ? extension.substring(1) : extension;
        return VALID.matcher(extension).matches() ? extension : null;
    }

    /** The local and stored name of an input: {@code input.<extension>}, or {@code input}. */
    static String inputName(String extension) {
        return extension.isEmpty() ? "input" : "input." + extension;
    }

    private static List<String> outputs() {
        List<String> all = new ArrayList<>();
        for (OutputFormat format : OutputFormat.values()) {
            all.add(format.extension());
        }
        for (VideoContainer container : VideoContainer.values()) {
            all.add(container.extension());
        }
        return List.copyOf(all);
    }
}
