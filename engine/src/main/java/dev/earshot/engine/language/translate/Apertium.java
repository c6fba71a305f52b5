package dev.earshot.engine.language.translate;

import dev.earshot.engine.language.LanguageCodes;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The Apertium machine-translation system installed on this machine (Debian package {@code apertium} plus one
 * package per language pair, e.g. {@code apertium-eng-spa}). {@link #detect()} looks for the {@code apertium}
 * command on the {@code PATH} and asks it for its translation directions ("modes", e.g. {@code eng-spa},
 * {@code spa-eng}) once; packages installed later are seen after the next detection. Each translation runs
 * {@code apertium [-u] <mode>} as a process with the text on standard input, through files in a temporary
 * folder, so texts of any size never block on a pipe. Thread-safe.
 */
public final class Apertium {

    /** The command looked for on the {@code PATH}. */
    public static final String COMMAND = "apertium";

    private static final Duration LIST_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ERROR_CHARS = 300;

    private final Path executable;
    private final Set<String> modes;

    private Apertium(Path executable, Set<String> modes) {
        this.executable = executable;
        this.modes = modes;
    }

    /** Apertium as found on the {@code PATH}; {@link #installed()} is false when there is none. */
    public static Apertium detect() {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, COMMAND);
            Apertium apertium = at(candidate);
            if (apertium.installed()) {
                return apertium;
            }
        }
        return new Apertium(null, Set.of());
    }

    /**
     * Apertium at {@code executable}, with the modes its {@code -l} lists (none when that fails); not
     * {@link #installed()} when there is no executable file there.
     */
    public static Apertium at(Path executable) {
        if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
            return new Apertium(null, Set.of());
        }
        return new Apertium(executable, listModes(executable));
    }

    /** True when the {@code apertium} command was found. */
    public boolean installed() {
        return executable != null;
    }

    /** The translation directions installed, e.g. {@code [eng-spa, spa-eng, spa-eng_US]}; sorted. */
    public Set<String> modes() {
        return modes;
    }

    /**
     * The installed mode that translates {@code source} into {@code target} (2- or 3-letter codes), trying
     * 3-letter names first ({@code eng-spa}), then the 2-letter names of older packages ({@code en-es}).
     */
    public Optional<String> mode(String source, String target) {
        List<String> from = codes(source);
        List<String> to = codes(target);
        for (String s : from) {
            for (String t : to) {
                if (modes.contains(s + "-" + t)) {
                    return Optional.of(s + "-" + t);
                }
            }
        }
        return Optional.empty();
    }

    /** What to install so that {@code source} → {@code target} (ISO 639 codes) can be translated here. */
    public String remedy(String source, String target) {
        String s = LanguageCodes.iso3(source);
        String t = LanguageCodes.iso3(target);
        Optional<String> pairPackage = ApertiumPackages.forPair(s, t);
        if (!installed()) {
            return pairPackage.map(name -> "install Apertium and its data for " + s + "-" + t
                            + ": the Debian packages apertium and " + name)
                    .orElse("no Debian package of Apertium translates " + s + "-" + t
                            + " (and Apertium itself, Debian package apertium, is not installed)");
        }
        String have = modes.isEmpty() ? "none" : String.join(", ", modes);
        return pairPackage.map(name -> "install the Debian package " + name + " (installed directions: " + have + ")")
                .orElse("no Debian package of Apertium translates " + s + "-" + t + " (installed directions: "
                        + have + ")");
    }

    /**
     * Runs {@code mode} on {@code text}.
     *
     * @param markUnknown keep Apertium's {@code *} before words it does not know (false passes {@code -u})
     * @param timeout     how long the process may run
     * @throws ToolFailedException when it exits with an error or runs past {@code timeout} (it is then killed)
     */
    String run(String mode, String text, boolean markUnknown, Duration timeout) {
        if (!installed() || !modes.contains(mode)) {
            throw new IllegalStateException("Apertium mode " + mode + " is not installed");
        }
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        if (!markUnknown) {
            command.add("-u");
        }
        command.add(mode);
        return execute(command, text, timeout);
    }

    private static String execute(List<String> command, String input, Duration timeout) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("earshot-apertium-");
            Path inputFile = Files.writeString(dir.resolve("input.txt"), input, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(command).redirectInput(inputFile.toFile())
                    .redirectOutput(dir.resolve("output.txt").toFile())
                    .redirectError(dir.resolve("error.txt").toFile());
            builder.environment().put("LC_ALL", "C.UTF-8");
            exitCleanly(builder.start(), String.join(" ", command), dir, timeout);
            return Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolFailedException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), false, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void exitCleanly(Process process, String command, Path dir, Duration timeout) throws IOException {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new ToolFailedException(command + " did not finish within " + timeout.toMillis()
                        + " ms and was stopped", true, null);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new ToolFailedException(command + " was interrupted", false, e);
        }
        if (process.exitValue() != 0) {
            String error = Files.readString(dir.resolve("error.txt"), StandardCharsets.UTF_8).strip()
                    .replaceAll("\\s+", " ");
            throw new ToolFailedException(command + " exited with " + process.exitValue()
                    + (error.isEmpty() ? "" : ": " + (error.length() > MAX_ERROR_CHARS
                    ? error.substring(0, MAX_ERROR_CHARS) + "..." : error)), false, null);
        }
    }

    /** Stops the process and its pipeline ({@code apertium} is a shell script that starts several programs). */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Set<String> listModes(Path executable) {
        String listing;
        try {
            listing = execute(List.of(executable.toString(), "-l"), "", LIST_TIMEOUT);
        } catch (ToolFailedException e) {
            return Set.of();
        }
        TreeSet<String> modes = Arrays.stream(listing.split("\\R")).map(String::strip)
                .filter(line -> line.matches("[a-z]{2,3}(_[A-Za-z]+)?-[a-z]{2,3}(_[A-Za-z]+)?"))
                .collect(Collectors.toCollection(TreeSet::new));
        return Collections.unmodifiableSet(modes);
    }

    private static List<String> codes(String code) {
        String three = LanguageCodes.iso3(code);
        String two = LanguageCodes.iso1(three);
        return two == null ? List.of(three) : List.of(three, two);
    }

    /** Deletes the temporary folder; one left behind (e.g. a file still held open) is not worth failing for. */
    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.collect(Collectors.toList())) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // left for the system's temporary-file cleanup
        }
    }
}
