import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP/1.1 load generator for bench/run.sh: CONNECTIONS keep-alive connections, each a
 * thread sending GET URL and reading the whole answer before the next request, for WARMUP seconds unmeasured and
 * then SECONDS measured. Writes reads per second, latency percentiles and error counts to OUT as key=value
 * lines, with the generator's own CPU time over the measured seconds (near 1 on its one core: the generator, not
 * the server, was the limit). Plain sockets, so that the generator costs little CPU next to the server it loads.
 * <pre>java bench/java/HttpLoad.java URL CONNECTIONS WARMUP SECONDS OUT [HEADER: VALUE]...</pre>
 */
public final class HttpLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int connections = Integer.parseInt(args[1]);
        double warmup = Double.parseDouble(args[2]);
        double seconds = Double.parseDouble(args[3]);
        StringBuilder request = new StringBuilder("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                + ":" + uri.getPort() + "\r\n");
        for (int i = 5; i < args.length; i++) {
            request.append(args[i]).append("\r\n");
        }
        byte[] bytes = request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmup * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(uri, bytes, measureFrom, end);
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        long cpuFrom = cpuNanos();
        for (Worker worker : workers) {
            worker.join();
        }
        double cpu = (cpuNanos() - cpuFrom) / 1e9;
        long count = 0;
        for (Worker worker : workers) {
            count += worker.count;
        }
        long[] all = new long[(int) count];
        int at = 0;
        long bytesRead = 0;
        for (Worker worker : workers) {
            System.arraycopy(worker.latencies, 0, all, at, worker.count);
            at += worker.count;
            bytesRead += worker.bodyBytes;
        }
        Arrays.sort(all);
        StringBuilder out = new StringBuilder();
        put(out, "connections", connections);
        put(out, "warmup_seconds", warmup);
        put(out, "seconds", seconds);
        put(out, "requests", count);
        put(out, "reads_per_second", count / seconds);
        put(out, "body_bytes_mean", count == 0 ? 0 : bytesRead / (double) count);
        for (double p : new double[] {50, 90, 99, 99.9}) {
            put(out, "p" + (p == Math.rint(p) ? String.valueOf((int) p) : String.valueOf(p).replace('.', '_'))
                    + "_ms", percentile(all, p));
        }
        put(out, "max_ms", all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        put(out, "generator_cpu_seconds", cpu);
        put(out, "generator_cpu_share", cpu / seconds);
        put(out, "errors", Worker.ERRORS.get());
        put(out, "non_200", Worker.NON_200.get());
        put(out, "reconnects", Worker.RECONNECTS.get());
        Files.writeString(Path.of(args[4]), out);
        System.out.print(out);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static void put(StringBuilder out, String key, Object value) {
        out.append(key).append('=').append(value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : value)
                .append('\n');
    }

    /** One connection: requests in a loop, latencies of the measured ones in nanoseconds. */
    static final class Worker extends Thread {

        static final AtomicLong ERRORS = new AtomicLong();
        static final AtomicLong NON_200 = new AtomicLong();
        static final AtomicLong RECONNECTS = new AtomicLong();

        private final URI uri;
        private final byte[] request;
        private final long measureFrom;
        private final long end;
        long[] latencies = new long[1 << 16];
        int count;
        long bodyBytes;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Worker(URI uri, byte[] request, long measureFrom, long end) {
            this.uri = uri;
            this.request = request;
            this.measureFrom = measureFrom;
            this.end = end;
            setDaemon(true);
        }

        @Override
        public void run() {
            long now;
            while ((now = System.nanoTime()) < end) {
                try {
                    if (socket == null) {
                        socket = new Socket(uri.getHost(), uri.getPort());
                        socket.setTcpNoDelay(true);
                        in = new BufferedInputStream(socket.getInputStream(), 65536);
                        out = socket.getOutputStream();
                    }
                    out.write(request);
                    out.flush();
                    Answer answer = readAnswer();
                    long done = System.nanoTime();
                    if (answer.status != 200) {
                        NON_200.incrementAndGet();
                    }
                    if (now >= measureFrom) {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = done - now;
                        bodyBytes += answer.bodyBytes;
                    }
                    if (answer.close) {
                        close();
                        RECONNECTS.incrementAndGet();
                    }
                } catch (IOException e) {
                    ERRORS.incrementAndGet();
                    close();
                }
            }
            close();
        }

        private record Answer(int status, long bodyBytes, boolean close) {
        }

        private Answer readAnswer() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            String header;
            while (!(header = line()).isEmpty()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            long body = 0;
            if (chunked) {
                long size;
                while ((size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0) {
                    skip(size);
                    line();
                    body += size;
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
                body = length;
            }
            return new Answer(status, body, close);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
