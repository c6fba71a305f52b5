package dev.earshot.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The {@code WWW-Authenticate} challenges of a 401 (RFC 9110 §11.6.1): one per way every door takes a key,
 * {@code Bearer} (RFC 6750) and the {@code X-Api-Key} header. The Bearer challenge says why a presented key was
 * refused: {@code invalid_token} (unknown, revoked, malformed) or {@code insufficient_scope} (a door that answers a
 * missing scope with 401).
 */
public final class ApiKeyChallenge {
    private static final String REALM = "realm=\"earshot\"";

    private ApiKeyChallenge() {
    }

    public static List<String> of(HttpServletRequest request) {
        return List.of("Bearer " + REALM + error(request), "ApiKey " + REALM + ", header=\"X-Api-Key\"");
    }

    /** The response with the challenges added when it is a 401, else as it is. */
    public static <T> ResponseEntity<T> onUnauthorized(ResponseEntity<T> response, HttpServletRequest request) {
        if (response.getStatusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
            return response;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(response.getHeaders());
        headers.put(HttpHeaders.WWW_AUTHENTICATE, of(request));
        return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
    }

    private static String error(HttpServletRequest request) {
        if (request.getAttribute(ApiKeyAuthenticator.CALLER) != null) {
            return ", error=\"insufficient_scope\"";
        }
        return ApiKeyAuthenticator.presentedKey(request).isPresent() ? ", error=\"invalid_token\"" : "";
    }
}
