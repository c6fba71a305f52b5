package dev.earshot.server.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** Starts the jar named by the system property {@code earshot.jar} and waits until it is healthy. */
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

    private static ServerProcess start(List<String> launcher, Path home, Path log, String... arguments)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(javaBinary(), "-Xmx512m", "-jar", System.getProperty("earshot.jar"),
                "--server.port=" + port));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("EARSHOT_HOME", home.toString());
        ServerProcess server = new ServerProcess(builder.start(), port);
        server.awaitHealthy(Duration.ofMinutes(2));
        return server;
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
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitHealthy(Duration limit) throws IOException {
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
                if (reply.statusCode() == 200) {
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
        throw new IllegalStateException("the server did not become healthy within " + limit);
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
