package dev.earshot.server.storage;

import dev.earshot.server.system.EarshotHome;
import dev.earshot.server.system.EarshotProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The HMAC key of signed links: EARSHOT_SIGNING_SECRET (needed when several nodes serve the same links),
 * else a random secret generated once into {@code <home>/signing-secret} (mode 0600).
 */
@Component
public class SigningSecret {
    static final String FILE = "signing-secret";
    private final byte[] key;

    SigningSecret(EarshotProperties properties, EarshotHome home) {
        String configured = properties.signingSecret();
        String secret = configured != null && !configured.isBlank()
                ? configured
                : home.readPrivateFile(FILE).orElseGet(() -> generate(home));
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    byte[] key() {
        return key.clone();
    }

    /**
     * A key for {@code purpose} (e.g. {@code "pii-hash"}) derived from this secret by HMAC-SHA256: 32 bytes, the
     * same on every node that shares the secret, and different for each purpose.
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    private static String generate(EarshotHome home) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        home.writePrivateFile(FILE, secret + "\n");
        return secret;
    }
}
