package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.ApiKeyAuthenticator;
import dev.earshot.server.auth.User;
import dev.earshot.server.auth.Users;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/user} of seed 001: the caller's user and credit balance, and the key it called with. Any valid
 * key may read itself; for a key without a user, the user fields and {@code credits} are null.
 */
@RestController
class UserDoor {

    private final ApiKeyAuthenticator authenticator;
    private final Users users;
    private final Credits credits;

    UserDoor(ApiKeyAuthenticator authenticator, Users users, Credits credits) {
        this.authenticator = authenticator;
        this.users = users;
        this.credits = credits;
    }

    @GetMapping("/api/v1/user")
    Map<String, Object> show(HttpServletRequest request) {
        ApiCaller caller = authenticator.authenticate(request).orElseThrow(SubmissionsException::unauthenticated);
        Optional<User> user = Optional.ofNullable(caller.userId()).flatMap(users::findById);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", user.map(User::id).orElse(null));
        view.put("name", user.map(User::name).orElse(null));
        view.put("email", user.map(User::email).orElse(null));
        view.put("credits", user.map(found -> credits.balance(AudiosDoor.owner(caller))).orElse(null));
        view.put("key", Map.of("prefix", caller.keyPrefix(), "scopes", caller.scopes().stream().sorted().toList()));
        return Map.of("data", view);
    }
}
