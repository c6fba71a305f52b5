package dev.earshot.server.studio;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * An upload form refused as S3 refuses a browser POST: its status and its XML error document
 * ({@code <Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy expired.</Message>...}),
 * with S3's codes: {@code AccessDenied} (expired form, a condition of the policy not met, extra fields),
 * {@code SignatureDoesNotMatch} (a changed policy or signature), {@code InvalidArgument} (a field or the file
 * missing), {@code EntityTooLarge} / {@code EntityTooSmall} (outside the policy's size range).
 */
final class S3Refusal extends RuntimeException {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final HttpStatus status;
    private final String code;
    private final transient Map<String, Object> extra;

    private S3Refusal(HttpStatus status, String code, String message, Map<String, Object> extra) {
        super(message);
        this.status = status;
        this.code = code;
        this.extra = extra;
    }

    static S3Refusal accessDenied(String message) {
        return new S3Refusal(HttpStatus.FORBIDDEN, "AccessDenied", message, Map.of());
    }

    static S3Refusal policyFailed(String message) {
        return accessDenied("Invalid according to Policy: " + message);
    }

    static S3Refusal signatureMismatch() {
        return new S3Refusal(HttpStatus.FORBIDDEN, "SignatureDoesNotMatch", "The request signature we calculated "
                + "does not match the signature you provided. Check your key and signing method.", Map.of());
    }

    static S3Refusal unknownAccessKey() {
        return new S3Refusal(HttpStatus.FORBIDDEN, "InvalidAccessKeyId",
                "The AWS Access Key Id you provided does not exist in our records.", Map.of());
    }

    /** A required form field is missing (or came after the file). */
    static S3Refusal missingField(String field) {
        return new S3Refusal(HttpStatus.BAD_REQUEST, "InvalidArgument", "Bucket POST must contain a field named '"
                + field + "'.  If it is specified, please check the order of the fields.",
                Map.of("ArgumentName", field, "ArgumentValue", ""));
    }

    static S3Refusal noFile() {
        return new S3Refusal(HttpStatus.BAD_REQUEST, "InvalidArgument",
                "POST requires exactly one file upload per request.", Map.of("ArgumentName", "file",
                "ArgumentValue", "0"));
    }

    static S3Refusal malformed(String message) {
        return new S3Refusal(HttpStatus.BAD_REQUEST, "MalformedPOSTRequest", message, Map.of());
    }

    static S3Refusal tooLarge(long maxBytes) {
        return new S3Refusal(HttpStatus.BAD_REQUEST, "EntityTooLarge",
                "Your proposed upload exceeds the maximum allowed size", Map.of("MaxSizeAllowed", maxBytes));
    }

    static S3Refusal tooSmall(long minBytes, long proposed) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("ProposedSize", proposed);
        extra.put("MinSizeAllowed", minBytes);
        return new S3Refusal(HttpStatus.BAD_REQUEST, "EntityTooSmall",
                "Your proposed upload is smaller than the minimum allowed size", extra);
    }

    String code() {
        return code;
    }

    HttpStatus status() {
        return status;
    }

    ResponseEntity<String> response() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
        element(xml, "Code", code);
        element(xml, "Message", getMessage());
        extra.forEach((name, value) -> element(xml, name, String.valueOf(value)));
        byte[] request = new byte[8];
        byte[] host = new byte[32];
        RANDOM.nextBytes(request);
        RANDOM.nextBytes(host);
        element(xml, "RequestId", HexFormat.of().withUpperCase().formatHex(request));
        element(xml, "HostId", Base64.getEncoder().encodeToString(host));
        xml.append("</Error>");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append('<').append(name).append('>').append(HtmlUtils.htmlEscape(value, "UTF-8")).append("</")
                .append(name).append('>');
    }
}
