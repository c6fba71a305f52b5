package dev.earshot.server.webhooks;

import dev.earshot.server.outbound.OutboundHttp;
import dev.earshot.server.outbound.RefusedUrlException;
import dev.earshot.server.outbound.UnresolvableHostException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes one delivery attempt of a message and records it. A 2xx answer delivers it; 410 Gone and a URL the
 * outbound policy refuses end it; any other answer, a timeout or a network error asks for another attempt after
 * the configured delay, until the attempts are used up; so does a host name that does not resolve (DNS may be
 * down for a moment). Redirects are not followed (a 3xx is a failed attempt).
 */
@Component
class WebhookSender {

    static final String USER_AGENT = "Earshot-Webhooks/1";
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int GONE = 410;
    private static final int MAX_ERROR_LENGTH = 1000;
    private final WebhookRecords records;
    private final WebhookSecrets secrets;
    private final OutboundHttp http;
    private final WebhookSettings settings;

    WebhookSender(WebhookRecords records, WebhookSecrets secrets, OutboundHttp http, WebhookSettings settings) {
        this.records = records;
        this.secrets = secrets;
        this.http = http;
        this.settings = settings;
    }

    /** Attempts delivery; returns when to try again, or empty when the message is finished. */
    Optional<Instant> attempt(String messageId) {
        WebhookMessage message = records.find(messageId).orElse(null);
        OptionalInt started = records.startAttempt(messageId);
        if (message == null || started.isEmpty()) {
            return Optional.empty();
        }
        int attempt = started.getAsInt();
        if (attempt > settings.maxAttempts()) {
            records.finish(messageId, MessageState.FAILED, Instant.now());
            return Optional.empty();
        }
        Outcome outcome = send(message);
        records.record(new WebhookDelivery(messageId, message.jobId(), withoutQuery(message.url()), attempt,
                outcome.status(), outcome.error(), outcome.durationMs(), Instant.now()));
        return next(message, attempt, outcome);
    }

    private Optional<Instant> next(WebhookMessage message, int attempt, Outcome outcome) {
        MessageState state = outcome.finalState();
        if (state == null && attempt >= settings.maxAttempts()) {
            state = MessageState.FAILED;
        }
        if (state != null) {
            records.finish(message.id(), state, Instant.now());
            if (state != MessageState.DELIVERED) {
                log.warn("webhook {} of job {} to {} not delivered ({}) after {} attempt(s): {}", message.id(),
                        message.jobId(), withoutQuery(message.url()), state, attempt, outcome.describe());
            }
            return Optional.empty();
        }
        Duration delay = jittered(settings.delayAfter(attempt));
        log.info("webhook {} of job {}: attempt {} failed ({}), next in {}", message.id(), message.jobId(), attempt,
                outcome.describe(), delay);
        return Optional.of(Instant.now().plus(delay));
    }

    private Outcome send(WebhookMessage message) {
        long start = System.nanoTime();
        try {
            URI url = URI.create(message.url());
            byte[] body = message.body().getBytes(StandardCharsets.UTF_8);
            int status = http.postJson(url, headers(message, body), body, settings.timeout());
            return new Outcome(status, null, millisSince(start));
        } catch (UnresolvableHostException e) {
            return new Outcome(null, e.getMessage(), millisSince(start));
        } catch (RefusedUrlException e) {
            return Outcome.refused("refused by the outbound URL policy: " + e.getMessage(), millisSince(start));
        } catch (IllegalArgumentException e) {
            return Outcome.refused("not a valid URL: " + e.getMessage(), millisSince(start));
        } catch (IOException e) {
            return new Outcome(null, describe(e), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted (the node is stopping)", millisSince(start));
        }
    }

    private Map<String, String> headers(WebhookMessage message, byte[] body) {
        long timestamp = Instant.now().getEpochSecond();
        return Map.of(
                "webhook-id", message.id(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.header(secrets.signing(message.projectId()), message.id(),
                        timestamp, body),
                "User-Agent", USER_AGENT);
    }

    /** The URL as recorded and logged: scheme, host, port and path, without user info, query or fragment. */
    static String withoutQuery(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "(not a URL)";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (IllegalArgumentException e) {
            return "(not a URL)";
        }
    }

    private static Duration jittered(Duration delay) {
        return delay.plusMillis((long) (delay.toMillis() * 0.1 * ThreadLocalRandom.current().nextDouble()));
    }

    private static String describe(IOException e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** What one attempt gave: a status, or an error; refused attempts are final. */
    private record Outcome(Integer status, String error, long durationMs, boolean refused) {

        Outcome(Integer status, String error, long durationMs) {
            this(status, error, durationMs, false);
        }

        static Outcome refused(String reason, long durationMs) {
            return new Outcome(null, reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH)
                    : reason, durationMs, true);
        }

        /** The state this outcome ends the message in, or null when another attempt may follow. */
        MessageState finalState() {
            if (refused) {
                return MessageState.REFUSED;
            }
            if (status != null && status / 100 == 2) {
                return MessageState.DELIVERED;
            }
            return status != null && status == GONE ? MessageState.FAILED : null;
        }

        String describe() {
            return status != null ? "status " + status : error;
        }
    }
}
