package dev.earshot.engine.natives;

import dev.earshot.engine.pipeline.NativeCapability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the failure of a native capability into words an operator acts on: which library failed, why, and which
 * package or setting fixes it. Known causes (a system library missing, JavaCPP's cache, a C library too old) get
 * their fix; anything else keeps the library's own words and says where that library is unpacked.
 */
final class FailureReason {

    private static final Pattern MISSING_LIBRARY = Pattern.compile(
            "(?:([\\w.+-]+\\.so[\\w.]*): )?([\\w.+-]+\\.so[\\w.]*): cannot open shared object file");
    private static final Pattern OLD_GLIBC = Pattern.compile("`(GLIBC_[\\d.]+)' not found");
    private static final String JAVACPP_NO_CACHE = "Could not create the cache";

    /** Debian and Ubuntu packages of the system libraries the bundled natives are known to link. */
    private static final Map<String, String> DEBIAN_PACKAGES = Map.of(
            "libpulse.so.0", "libpulse0",
            "libasound.so.2", "libasound2",
            "libstdc++.so.6", "libstdc++6",
            "libgcc_s.so.1", "libgcc-s1",
            "libgomp.so.1", "libgomp1",
            "libatomic.so.1", "libatomic1",
            "libz.so.1", "zlib1g",
            "libxcb.so.1", "libxcb1",
            "libX11.so.6", "libx11-6",
            "libdrm.so.2", "libdrm2");

    /** Where each library comes from, said after a failure with no known cause. */
    private static final Map<NativeCapability, String> ORIGINS = Map.of(
            NativeCapability.FFMPEG, "JavaCPP unpacks FFmpeg's libraries from the bytedeco ffmpeg jar into "
                    + "~/.javacpp/cache (the system property org.bytedeco.javacpp.cachedir moves it)",
            NativeCapability.SILERO_VAD, "ONNX Runtime unpacks its library into java.io.tmpdir: start Java with "
                    + "-Djava.io.tmpdir=<a writable folder not mounted noexec>",
            NativeCapability.VOSK, "JNA unpacks libvosk into jna.tmpdir (by default ~/.cache/JNA/temp, else "
                    + "java.io.tmpdir) and the model is extracted into the model cache folder: both must be writable");

    private FailureReason() {
    }

    static String of(NativeCapability capability, Throwable failure) {
        String messages = messages(failure);
        Matcher missing = MISSING_LIBRARY.matcher(messages);
        if (missing.find()) {
            return missingLibrary(capability, missing.group(1), missing.group(2));
        }
        if (messages.contains(JAVACPP_NO_CACHE)) {
            return javacppCache(capability);
        }
        Matcher glibc = OLD_GLIBC.matcher(messages);
        if (glibc.find()) {
            return capability.label() + " cannot be loaded: it needs " + glibc.group(1) + " of the C library, newer "
                    + "than this system's glibc; run Earshot on a newer system (Debian 12, Ubuntu 22.04 or later)";
        }
        return capability.label() + " does not work: " + messages + ". " + ORIGINS.get(capability);
    }

    private static String missingLibrary(NativeCapability capability, String needer, String library) {
        String needed = needer == null ? "" : " (" + needer + " needs it)";
        String debian = DEBIAN_PACKAGES.get(library);
        String fix = debian == null
                ? "install the package that provides it (on Debian or Ubuntu, apt-file search " + library + " names it)"
                : "install the package " + debian + " (apt-get install " + debian + " on Debian or Ubuntu)";
        return capability.label() + " cannot be loaded: the system library " + library + " is missing" + needed
                + "; " + fix;
    }

    private static String javacppCache(NativeCapability capability) {
        String setting = System.getProperty("org.bytedeco.javacpp.cachedir");
        return capability.label() + " cannot be loaded: JavaCPP could create no folder for its cache of native "
                + "libraries (it tried org.bytedeco.javacpp.cachedir" + (setting == null ? " (not set)" : "=" + setting)
                + ", " + System.getProperty("user.home") + "/.javacpp/cache and " + System.getProperty("java.io.tmpdir")
                + "/.javacpp-" + System.getProperty("user.name") + "/cache); start Java with "
                + "-Dorg.bytedeco.javacpp.cachedir=<a writable folder> (for example in JAVA_TOOL_OPTIONS) or make "
                + "~/.javacpp/cache writable";
    }

    /** The distinct messages of the cause chain, outermost first, joined with ": ". */
    static String messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null && messages.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message.strip());
            }
        }
        return messages.isEmpty() ? failure.getClass().getName() : String.join(": ", messages);
    }
}
