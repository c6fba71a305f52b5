import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;

/**
 * The trivial HTTP server bench/run.sh measures Earshot's doors against, on the JDK's own HTTP server: GET of any
 * path answers the bytes of BODY as application/json (the peer of job-status reads: the same answer with no
 * lookup, no authentication and no framework); POST of any path writes the request body to a new file in FOLDER,
 * forces it to disk, deletes it and answers 200 (the peer of an upload: receive and store the bytes once).
 * <pre>java bench/java/HttpPeer.java PORT BODY FOLDER</pre>
 */
public final class HttpPeer {

    public static void main(String[] args) throws IOException {
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        Path folder = Path.of(args[2]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 128);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", exchange -> {
            try (exchange) {
                if (exchange.getRequestMethod().equals("POST")) {
                    store(exchange.getRequestBody(), folder);
                    answer(exchange, "{}".getBytes());
                } else {
                    answer(exchange, body);
                }
            }
        });
        server.start();
        System.out.println("listening on " + args[0]);
    }

    private static void store(InputStream content, Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "upload", ".bin");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            content.transferTo(out);
            channel.force(true);
        } finally {
            Files.delete(file);
        }
    }

    private static void answer(HttpExchange exchange, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
