package dev.earshot.server.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code earshot.jar}) run as a separate JVM, for tests that kill it: started on a free
 * port with a given home and extra arguments, killed with SIGKILL or stopped with SIGTERM.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar named by the system property {@code earshot.jar} and waits until it is healthy (200). */
    public static ServerProcess start(Path home, Path log, String... arguments) throws IOException {
        return start(List.of(), home, log, arguments);
    }

    /**
     * As {@link #start}, with every file the server writes capped at {@code bytes} (RLIMIT_FSIZE, set by util-linux
     * {@code prlimit}): a write past it fails with EFBIG ("File too large"), as on a full disk. HotSpot ignores the
     * SIGXFSZ that comes with it, so the server lives on and sees an IOException.
     */
    public static ServerProcess startWithFileSizeLimit(Path home, Path log, long bytes, String... arguments)
            throws IOException {
        return start(List.of("prlimit", "--fsize=" + bytes, "--"), home, log, arguments);
    }

    /**
     * As {@link #start}, with {@code jvmOptions} (such as {@code -Dname=value}) before {@code -jar}, waiting only until
     * the health endpoint answers: 200, or 503 while a native capability is DOWN. For a server started with a native
     * library broken on purpose.
     */
    public static ServerProcess startAnswering(List<String> jvmOptions, Path home, Path log, String... arguments)
            throws IOException {
        return start(List.of(), jvmOptions, Set.of(200, 503), home, log, arguments);
    }

    private static ServerProcess start(List<String> launcher, Path home, Path log, String... arguments)
            throws IOException {
        return start(launcher, List.of(), Set.of(200), home, log, arguments);
    }

    private static ServerProcess start(List<String> launcher, List<String> jvmOptions, Set<Integer> started,
                                       Path home, Path log, String... arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(javaBinary(), "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("earshot.jar"), "--server.port=" + port));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("EARSHOT_HOME", home.toString());
        ServerProcess server = new ServerProcess(builder.start(), port);
        server.awaitHealth(started, Duration.ofMinutes(2));
        return server;
    }

    /**
     * Runs the packaged jar as an administration command ({@code keys list}, ...) on {@code home}, with
     * {@code jvmOptions} before {@code -jar}, and waits for it to exit (at most a minute).
     */
    public static Command command(List<String> jvmOptions, Path home, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("earshot.jar")));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("EARSHOT_HOME", home.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the command " + List.of(arguments) + " did not exit within a minute");
        }
        return new Command(process.exitValue(), output);
    }

    /** What an administration command printed (standard output and error together) and its exit status. */
    public record Command(int status, String output) {
    }

    public int port() {
        return port;
    }

    /** The process id of the server's JVM (the launcher's, such as prlimit's, is the same: it execs the JVM). */
    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the JVM gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as a service manager stops a server: returns its exit status once it has stopped. */
    public int terminate(Duration limit) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("the server did not stop within " + limit + " of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitHealth(Set<Integer> statuses, Duration limit) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (statuses.contains(reply.statusCode())) {
                    return;
                }
            } catch (IOException e) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server's health did not answer " + statuses + " within " + limit);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
