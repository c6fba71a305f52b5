package dev.earshot.server.storage;

import dev.earshot.server.system.EarshotProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Expiring links to blobs served by Earshot itself:
 * {@code <base>/blobs/<key>?expires=<epoch seconds>&filename=<name>&sig=<hex HMAC-SHA256>}. The signature
 * covers key, expiry and file name. The base is {@code earshot.public-url} if set, else the current
 * request's scheme://host:port; outside a request {@code earshot.public-url} is required.
 */
@Component
public class SignedUrls {
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);
    private static final String ALGORITHM = "HmacSHA256";
    private final String publicUrl;
    private final SigningSecret secret;

    SignedUrls(EarshotProperties properties, SigningSecret secret) {
        this.publicUrl = properties.publicUrl() == null ? "" : properties.publicUrl().strip();
        this.secret = secret;
    }

    /** A link valid for 24 hours. */
    public String url(String key, String fileName) {
        return url(key, DEFAULT_VALIDITY, fileName);
    }

    /** A link valid for {@code validity}; {@code fileName} (may be null) names the download. */
    public String url(String key, Duration validity, String fileName) {
        BlobKeys.requireValid(key);
        long expires = Instant.now().plus(validity).getEpochSecond();
        String name = fileName == null ? "" : fileName;
        return base() + "/blobs/" + key + "?expires=" + expires
                + (name.isEmpty() ? "" : "&filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                + "&sig=" + signature(key, expires, name);
    }

    /** Checks a presented link: its signature first, then its expiry. */
    LinkCheck check(String key, String expires, String fileName, String signature) {
        long expiresAt;
        try {
            expiresAt = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            return LinkCheck.INVALID;
        }
        if (signature == null || !MessageDigest.isEqual(
                signature(key, expiresAt, fileName == null ? "" : fileName).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return LinkCheck.INVALID;
        }
        return Instant.now().getEpochSecond() > expiresAt ? LinkCheck.EXPIRED : LinkCheck.VALID;
    }

    private String signature(String key, long expires, String fileName) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            byte[] payload = (key + "\n" + expires + "\n" + fileName).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /** Where clients reach this server: {@code earshot.public-url}, else the current request's scheme://host:port. */
    public String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("set earshot.public-url (EARSHOT_PUBLIC_URL) to sign links outside "
                    + "an HTTP request", e);
        }
    }

    enum LinkCheck { VALID, EXPIRED, INVALID }
}
