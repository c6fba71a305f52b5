package dev.earshot.server.webhooks;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of 32 random bytes. The HMAC key is
 * the decoded part, not the text.
 */
public record WebhookSecret(String value) {

    static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;
    private static final int MIN_KEY_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        if (decode(value).length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a webhook secret holds at least " + MIN_KEY_BYTES + " bytes");
        }
    }

    static WebhookSecret generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC-SHA256 key. */
    byte[] key() {
        return decode(value);
    }

    private static byte[] decode(String value) {
        try {
            return Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is " + PREFIX + " followed by base64", e);
        }
    }

    @Override
    public String toString() {
        return PREFIX + "...";
    }
}
