package dev.earshot.server.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification for the tests and sharing
 * no code with the sender: strip {@code whsec_}, base64-decode the key, HMAC-SHA256 over
 * {@code id.timestamp.body}, compare in constant time with each {@code v1,} entry of the header.
 */
public final class StandardWebhookVerifier {

    private StandardWebhookVerifier() {
    }

    public static boolean verifies(String secret, String id, String timestamp, String signatureHeader, byte[] body) {
        byte[] expected = hmac(secret, id, timestamp, body);
        return Arrays.stream(signatureHeader.split(" "))
                .filter(entry -> entry.startsWith("v1,"))
                .map(entry -> Base64.getDecoder().decode(entry.substring(3)))
                .anyMatch(given -> MessageDigest.isEqual(given, expected));
    }

    static byte[] hmac(String secret, String id, String timestamp, byte[] body) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOf(prefix, prefix.length + body.length);
            System.arraycopy(body, 0, content, prefix.length, body.length);
            return mac.doFinal(content);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
