package dev.earshot.server.studio;

import dev.earshot.server.storage.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed upload form of an audio file, made and checked as S3 makes and checks a browser POST with a Signature
 * Version 4 policy: a base64 JSON policy (expiration; conditions on {@code key}, {@code content-length-range},
 * {@code Content-Type} and the {@code x-amz-*} fields) signed with HMAC-SHA256 under a key derived from Earshot's
 * signing secret for the credential's date ({@code AWS4<secret>} → date → region → {@code s3} → {@code aws4_request}).
 *
 * <p>Relay's clients send back the fields they were given, and curl's {@code -F file=@x.wav} labels the file part
 * {@code application/octet-stream}; so the policy's content type is met by a {@code Content-Type} field equal to
 * it, or, when no such field is sent, by a file part labelled with it, with a generic type or with none.
 */
@Component
class UploadPolicy {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String ACCESS_KEY = "earshot";
    static final String REGION = "local";
    static final String SERVICE = "s3";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Fields a form carries that its policy does not name. */
    private static final Set<String> UNBOUND = Set.of("policy", "x-amz-signature", "file");
    private static final Set<String> GENERIC_TYPES = Set.of("", "application/octet-stream");

    private final String secret;
    private final JsonMapper json;

    UploadPolicy(SigningSecret secret, JsonMapper json) {
        this.secret = HexFormat.of().formatHex(secret.derive("studio-upload-policy"));
        this.json = json;
    }

    /** Relay's {@code fields} for uploading the file of {@code audio}, valid until its upload expiry. */
    Map<String, String> fields(StudioAudioFile audio, long minBytes) {
        return fields(new Slot(audio.uploadKey(), audio.id(), audio.declaredSize(), audio.contentType(),
                audio.uploadExpiresAt()), minBytes);
    }

    /** The {@code fields} of a form that uploads at most {@code slot.maxBytes()} into {@code slot.key()}. */
    Map<String, String> fields(Slot slot, long minBytes) {
        Instant now = Instant.now();
        String credential = ACCESS_KEY + "/" + DAY.format(now) + "/" + REGION + "/" + SERVICE + "/aws4_request";
        Map<String, String> bound = new LinkedHashMap<>();
        bound.put("key", slot.key());
        bound.put("x-amz-algorithm", ALGORITHM);
        bound.put("x-amz-credential", credential);
        bound.put("x-amz-date", STAMP.format(now));
        bound.put("x-amz-security-token", slot.token());
        List<Object> conditions = new ArrayList<>();
        conditions.add(Map.of("bucket", "earshot-studio"));
        conditions.add(List.of("eq", "$key", slot.key()));
        conditions.add(List.of("content-length-range", minBytes, slot.maxBytes()));
        conditions.add(List.of("eq", "$Content-Type", slot.contentType()));
        bound.forEach((field, value) -> {
            if (!field.equals("key")) {
                conditions.add(Map.of(field, value));
            }
        });
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("expiration", DateTimeFormatter.ISO_INSTANT.format(
                slot.expiresAt().truncatedTo(ChronoUnit.MILLIS)));
        document.put("conditions", conditions);
        String policy = Base64.getEncoder().encodeToString(json.writeValueAsBytes(document));
        Map<String, String> fields = new LinkedHashMap<>(bound);
        fields.put("policy", policy);
        fields.put("x-amz-signature", sign(DAY.format(now), policy));
        return fields;
    }

    /**
     * Checks the fields a form sent before its file, as S3 does: the fields it must have, the signature, the
     * expiry, each condition, no field the policy does not name.
     *
     * @param form     the fields by lower-case name
     * @param fileType the Content-Type of the file part
     * @return what the policy allows the file to be
     * @throws S3Refusal when S3 would refuse the form
     */
    Allowed verify(Map<String, String> form, String fileType) {
        for (String field : List.of("key", "policy", "x-amz-algorithm", "x-amz-credential", "x-amz-date",
                "x-amz-signature")) {
            if (!form.containsKey(field)) {
                throw S3Refusal.missingField(field);
            }
        }
        String[] credential = form.get("x-amz-credential").split("/");
        if (credential.length != 5 || !credential[0].equals(ACCESS_KEY)) {
            throw S3Refusal.unknownAccessKey();
        }
        if (!MessageDigest.isEqual(sign(credential[1], form.get("policy")).getBytes(StandardCharsets.US_ASCII),
                form.get("x-amz-signature").getBytes(StandardCharsets.US_ASCII))) {
            throw S3Refusal.signatureMismatch();
        }
        Map<String, Object> document = document(form.get("policy"));
        if (!Instant.parse(String.valueOf(document.get("expiration"))).isAfter(Instant.now())) {
            throw S3Refusal.policyFailed("Policy expired.");
        }
        return conditions(document, form, fileType);
    }

    private Allowed conditions(Map<String, Object> document, Map<String, String> form, String fileType) {
        long min = 0;
        long max = Long.MAX_VALUE;
        String contentType = null;
        List<String> named = new ArrayList<>(List.of("bucket"));
        for (Object condition : (List<?>) document.get("conditions")) {
            if (condition instanceof Map<?, ?> exact) {
                exact.forEach((field, value) -> {
                    named.add(field.toString().toLowerCase(Locale.ROOT));
                    requireEqual(form, field.toString(), value.toString(), condition);
                });
                continue;
            }
            List<?> rule = (List<?>) condition;
            if (rule.get(0).equals("content-length-range")) {
                min = ((Number) rule.get(1)).longValue();
                max = ((Number) rule.get(2)).longValue();
                continue;
            }
            String field = rule.get(1).toString().substring(1);
            named.add(field.toLowerCase(Locale.ROOT));
            if (field.equalsIgnoreCase("Content-Type")) {
                contentType = rule.get(2).toString();
                requireContentType(form, fileType, contentType, condition);
            } else {
                requireEqual(form, field, rule.get(2).toString(), condition);
            }
        }
        for (String field : form.keySet()) {
            if (!named.contains(field) && !UNBOUND.contains(field) && !field.startsWith("x-ignore-")) {
                throw S3Refusal.policyFailed("Extra input fields: " + field);
            }
        }
        return new Allowed(form.get("key"), min, max, contentType);
    }

    private void requireEqual(Map<String, String> form, String field, String expected, Object condition) {
        if (field.equals("bucket")) {
            return;
        }
        if (!expected.equals(form.get(field.toLowerCase(Locale.ROOT)))) {
            throw conditionFailed(condition);
        }
    }

    private void requireContentType(Map<String, String> form, String fileType, String expected, Object condition) {
        String sent = form.get("content-type");
        String part = fileType == null ? "" : fileType.strip().toLowerCase(Locale.ROOT);
        boolean met = sent != null ? sent.equals(expected)
                : GENERIC_TYPES.contains(part) || part.equals(expected.toLowerCase(Locale.ROOT));
        if (!met) {
            throw conditionFailed(condition);
        }
    }

    private S3Refusal conditionFailed(Object condition) {
        return S3Refusal.policyFailed("Policy Condition failed: " + json.writeValueAsString(condition));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> document(String policy) {
        try {
            return json.readValue(Base64.getDecoder().decode(policy), Map.class);
        } catch (IllegalArgumentException | JacksonException e) {
            throw S3Refusal.malformed("Invalid Policy: Invalid JSON.");
        }
    }

    /** SigV4: the policy signed with the key derived for the day, region and service. */
    private String sign(String day, String policy) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, REGION);
        key = hmac(key, SERVICE);
        key = hmac(key, "aws4_request");
        return HexFormat.of().formatHex(hmac(key, policy));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    /**
     * What a form is made for: the object key it binds, the token naming the file ({@code x-amz-security-token}),
     * the most bytes it accepts, the declared type and its expiry.
     */
    record Slot(String key, String token, long maxBytes, String contentType, Instant expiresAt) {
    }

    /** What a verified form may upload: under {@code key}, {@code minBytes} to {@code maxBytes}, of the type. */
    record Allowed(String key, long minBytes, long maxBytes, String contentType) {
    }
}
