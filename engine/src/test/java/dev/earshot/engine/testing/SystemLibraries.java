package dev.earshot.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The shared objects a process has mapped from the system's library folders, and the few of them Earshot may use.
 * Earshot brings its natives inside its jars (FFmpeg, ONNX Runtime, Vosk, JNA), extracted to the JavaCPP cache or a
 * temporary folder; a library it maps from the system's folders must exist on a fresh Debian 12 with only a JDK,
 * or Earshot fails there (as it did when JavaCV's libavdevice wanted {@code libpulse.so.0}).
 */
public final class SystemLibraries {

    /** The system's library folders, each with everything below it (multiarch folders such as x86_64-linux-gnu). */
    public static final List<String> FOLDERS = List.of("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/");

    /**
     * The only system libraries Earshot's JVM may map, by soname, with the reason a fresh machine has each. A mapped
     * file matches its soname or a longer name that starts with it and a dot ({@code libz.so.1.2.13}).
     */
    public static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("ld-linux-x86-64.so.2", "glibc (libc6): the dynamic loader that starts every process"),
            Map.entry("libc.so.6", "glibc (libc6): the C library"),
            Map.entry("libm.so.6", "glibc (libc6): maths, linked by libjvm and the bundled natives"),
            Map.entry("libdl.so.2", "glibc (libc6): dlopen, a stub since glibc 2.34, linked by older natives"),
            Map.entry("libpthread.so.0", "glibc (libc6): threads, a stub since glibc 2.34, linked by older natives"),
            Map.entry("librt.so.1", "glibc (libc6): clocks, a stub since glibc 2.34, linked by older natives"),
            Map.entry("libresolv.so.2", "glibc (libc6): the DNS resolver behind host name look-ups"),
            Map.entry("libnss_files.so.2", "glibc (libc6): /etc/hosts and /etc/passwd look-ups"),
            Map.entry("libnss_dns.so.2", "glibc (libc6): DNS look-ups through /etc/nsswitch.conf"),
            Map.entry("libstdc++.so.6", "GCC's C++ runtime (libstdc++6): libjvm links it, the JDK package needs it"),
            Map.entry("libgcc_s.so.1", "GCC's unwinder (libgcc-s1): libjvm links it, the JDK package needs it"),
            Map.entry("libz.so.1", "zlib (zlib1g): Debian's libzip.so links it, the JDK package needs it"));

    private static final Pattern SHARED_OBJECT = Pattern.compile(".*\\.so(\\.[0-9]+)*");
    private static final String DELETED = " (deleted)";

    private SystemLibraries() {
    }

    /** The files this JVM has mapped from the system's library folders and may not, sorted; empty when all is well. */
    public static List<String> forbiddenInThisProcess() {
        return forbidden(Path.of("/proc/self/maps"), javaHome());
    }

    /**
     * The files the JVM of process {@code pid}, started from this JVM's {@code java.home}, has mapped from the
     * system's library folders and may not, sorted.
     */
    public static List<String> forbiddenInProcess(long pid) {
        return forbidden(Path.of("/proc", Long.toString(pid), "maps"), javaHome());
    }

    /**
     * Every shared object in {@code /proc/PID/maps} file {@code maps}, sorted, system or not: each file named like one
     * ({@code .so}, {@code .so.N...}) or mapped executable (JNA extracts Vosk's library as {@code jna123.tmp}).
     * Data files (locales, {@code gconv-modules.cache}) are mapped read-only and are left out.
     */
    public static List<String> sharedObjects(Path maps) {
        TreeSet<String> files = new TreeSet<>();
        for (String line : lines(maps)) {
            String[] fields = line.trim().split("\\s+", 6);
            if (fields.length == 6 && fields[5].startsWith("/")) {
                String file = fields[5].endsWith(DELETED)
                        ? fields[5].substring(0, fields[5].length() - DELETED.length()) : fields[5];
                if (fields[1].contains("x") || SHARED_OBJECT.matcher(fileName(file)).matches()) {
                    files.add(file);
                }
            }
        }
        return List.copyOf(files);
    }

    /**
     * The shared objects of {@code maps} that lie in a system library folder, outside {@code javaHome} (the JDK's
     * own) and off {@link #ALLOWED}, sorted.
     */
    public static List<String> forbidden(Path maps, Path javaHome) {
        List<String> jdk = List.of(folder(javaHome), folder(realPath(javaHome)));
        return sharedObjects(maps).stream()
                .filter(file -> FOLDERS.stream().anyMatch(file::startsWith))
                .filter(file -> jdk.stream().noneMatch(file::startsWith))
                .filter(file -> !allowed(fileName(file)))
                .toList();
    }

    /** Whether a file named {@code name} is one of {@link #ALLOWED}. */
    public static boolean allowed(String name) {
        return ALLOWED.keySet().stream().anyMatch(soname -> name.equals(soname) || name.startsWith(soname + "."));
    }

    /** The JDK this JVM runs on. */
    public static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    private static String fileName(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static String folder(Path path) {
        String text = path.toAbsolutePath().normalize().toString();
        return text.endsWith("/") ? text : text + "/";
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static List<String> lines(Path maps) {
        try {
            return Files.readAllLines(maps);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + maps, e);
        }
    }
}
