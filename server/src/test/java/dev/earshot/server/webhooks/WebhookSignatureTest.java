package dev.earshot.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The vector the Standard Webhooks reference libraries test against. */
    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIMESTAMP = 1614265330;
    private static final byte[] VECTOR_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void theReferenceVectorOfTheSpecificationIsReproducedExactly() {
        String signature = WebhookSignature.sign(new WebhookSecret(VECTOR_SECRET), VECTOR_ID, VECTOR_TIMESTAMP,
                VECTOR_BODY);

        assertThat(signature).isEqualTo(VECTOR_SIGNATURE);
        assertThat(StandardWebhookVerifier.verifies(VECTOR_SECRET, VECTOR_ID, "1614265330", VECTOR_SIGNATURE,
                VECTOR_BODY)).as("the test's own verifier agrees with the reference").isTrue();
    }

    @Test
    void aSignatureOfAGeneratedSecretVerifiesIndependentlyAndOnlyForItsOwnContent() {
        WebhookSecret secret = WebhookSecret.generate();
        byte[] body = "{\"type\":\"job.succeeded\",\"data\":{\"id\":\"job_1\"}}".getBytes(StandardCharsets.UTF_8);

        String header = WebhookSignature.header(List.of(secret), "msg_abc", 1700000000, body);

        assertThat(StandardWebhookVerifier.verifies(secret.value(), "msg_abc", "1700000000", header, body)).isTrue();
        assertThat(StandardWebhookVerifier.verifies(secret.value(), "msg_abd", "1700000000", header, body)).isFalse();
        assertThat(StandardWebhookVerifier.verifies(secret.value(), "msg_abc", "1700000001", header, body)).isFalse();
        assertThat(StandardWebhookVerifier.verifies(secret.value(), "msg_abc", "1700000000", header,
                "{\"type\":\"job.failed\",\"data\":{\"id\":\"job_1\"}}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(StandardWebhookVerifier.verifies(WebhookSecret.generate().value(), "msg_abc", "1700000000", header,
                body)).isFalse();
    }

    @Test
    void twoSecretsGiveTwoSpaceSeparatedSignaturesEachVerifyingWithItsSecret() {
        WebhookSecret current = WebhookSecret.generate();
        WebhookSecret previous = WebhookSecret.generate();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        String header = WebhookSignature.header(List.of(current, previous), "msg_x", 42, body);
        String[] entries = header.split(" ");

        assertThat(entries).hasSize(2).allMatch(entry -> entry.startsWith("v1,"));
        assertThat(StandardWebhookVerifier.verifies(current.value(), "msg_x", "42", entries[0], body)).isTrue();
        assertThat(StandardWebhookVerifier.verifies(previous.value(), "msg_x", "42", entries[1], body)).isTrue();
    }

    @Test
    void generatedSecretsAreWhsecBase64OfThirtyTwoRandomBytes() {
        WebhookSecret one = WebhookSecret.generate();
        WebhookSecret two = WebhookSecret.generate();

        assertThat(one.value()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(one.value().substring(6))).hasSize(32);
        assertThat(one).isNotEqualTo(two);
        assertThat(one.toString()).doesNotContain(one.value().substring(6));
    }

    @Test
    void malformedSecretsAreRejected() {
        assertThatThrownBy(() -> new WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).hasMessageContaining("whsec_");
        assertThatThrownBy(() -> new WebhookSecret("whsec_c2hvcnQ=")).hasMessageContaining("24 bytes");
        assertThatThrownBy(() -> new WebhookSecret("whsec_not base64!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new WebhookSecret(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
