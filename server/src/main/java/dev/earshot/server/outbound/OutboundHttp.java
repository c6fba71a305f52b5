package dev.earshot.server.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every HTTP call Earshot makes to a URL a user gave: downloads, presigned PUTs and webhooks. Redirects are
 * followed by hand, at most {@code max-redirects}, and each hop passes the {@link OutboundUrlPolicy} again.
 */
@Component
@EnableConfigurationProperties(OutboundSettings.class)
public class OutboundHttp {

    private static final int BUFFER = 64 * 1024;
    private final OutboundUrlPolicy policy;
    private final OutboundSettings settings;
    private final HttpClient client;

    public OutboundHttp(OutboundUrlPolicy policy, OutboundSettings settings) {
        this.policy = policy;
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /** A finished download. */
    public record Download(URI finalUrl, String contentType, long sizeBytes) {
    }

    /**
     * Streams the body of a GET into {@code target}. Throws {@link RefusedUrlException} for a URL (or a redirect)
     * the policy refuses, {@link OutboundFailureException} for an error status or a body over {@code maxBytes}.
     */
    public Download download(URI url, Path target, long maxBytes) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = follow(url, HttpRequest.newBuilder().GET());
        try (InputStream body = response.body(); OutputStream out = Files.newOutputStream(target)) {
            if (response.statusCode() / 100 != 2) {
                throw new OutboundFailureException("the server answered " + response.statusCode()
                        + " for " + redacted(response.uri()), response.statusCode());
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new OutboundFailureException("the file is larger than " + maxBytes + " bytes", 0);
            }
            long copied = copy(body, out, maxBytes);
            String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
            return new Download(response.uri(), type, copied);
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /** PUTs a file with the given Content-Type, as a presigned upload URL expects. Returns the status. */
    public int put(URI url, Path file, String contentType) throws IOException, InterruptedException {
        policy.check(url);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.requestTimeout())
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new OutboundFailureException("the upload URL answered " + response.statusCode(),
                    response.statusCode());
        }
        return response.statusCode();
    }

    /** POSTs a JSON body with extra headers; returns the status without following redirects. */
    public int postJson(URI url, Map<String, String> headers, byte[] body) throws IOException, InterruptedException {
        return postJson(url, headers, body, settings.requestTimeout());
    }

    /** {@link #postJson(URI, Map, byte[])} with its own time limit for the whole request (webhooks). */
    public int postJson(URI url, Map<String, String> headers, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        policy.check(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<InputStream> follow(URI url, HttpRequest.Builder template)
            throws IOException, InterruptedException {
        URI current = url;
        for (int hop = 0; ; hop++) {
            policy.check(current);
            HttpRequest request = template.copy().uri(current).timeout(settings.requestTimeout()).build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (status < 300 || status >= 400 || status == 304) {
                return response;
            }
            response.body().close();
            String location = response.headers().firstValue("Location").orElseThrow(() ->
                    new OutboundFailureException("a redirect without a Location header", status));
            if (hop >= settings.maxRedirects()) {
                throw new OutboundFailureException("more than " + settings.maxRedirects() + " redirects", status);
            }
            current = current.resolve(location);
        }
    }

    private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new OutboundFailureException("the file is larger than " + maxBytes + " bytes", 0);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** A URL without its query, which may carry a signature. */
    static String redacted(URI url) {
        return url.getScheme() + "://" + url.getAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
    }
}
