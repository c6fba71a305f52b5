package dev.earshot.server.studio;

import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.CreatedKey;
import dev.earshot.server.auth.KeyRow;
import dev.earshot.server.auth.Scopes;
import dev.earshot.server.studio.StudioCallers.StudioCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/auth/api-keys} of Relay, on Earshot's own keys (hashed, with a prefix, scopes and an owner). A new
 * key belongs to the creating key's user and home project and has at most its scopes (all of them unless
 * {@code scopes} names fewer); the plain key is in the creation answer only. The list holds the keys of the
 * caller's project and the caller itself, never a plain key, as a JSON array as Relay's authentication guide shows.
 */
@RestController
class ApiKeysDoor {

    static final String PATH = "/api/v1/auth/api-keys";
    private final StudioCallers callers;
    private final ApiKeys keys;
    private final JsonMapper json;

    ApiKeysDoor(StudioCallers callers, ApiKeys keys, JsonMapper json) {
        this.callers = callers;
        this.keys = keys;
        this.json = json;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) throws IOException {
        StudioCaller caller = callers.writer(request);
        BodyFields body = BodyFields.parse(request.getInputStream().readAllBytes(), json, false);
        String name = body.string("name", true, 1, 200).orElse(null);
        Instant expiresAt = body.datetime("expires_at").orElse(null);
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            body.error(FieldError.of(body.loc("expires_at"), "expires_at must be in the future", "value_error"));
        }
        Set<String> scopes = scopes(body, caller);
        body.requireValid();
        CreatedKey created = keys.create(name, caller.key().userId(), scopes, List.of(caller.projectId()),
                expiresAt);
        KeyRow row = keys.find(created.id()).orElseThrow();
        Map<String, Object> view = view(row);
        view.put("key", created.plainKey());
        return ResponseEntity.status(HttpStatus.CREATED).body(ordered(view));
    }

    @GetMapping(PATH)
    List<Map<String, Object>> list(HttpServletRequest request) {
        StudioCaller caller = callers.reader(request);
        return tenantKeys(caller).stream().map(ApiKeysDoor::view).toList();
    }

    @DeleteMapping(PATH + "/{keyId}")
    ResponseEntity<Void> revoke(HttpServletRequest request, @PathVariable String keyId) {
        StudioCaller caller = callers.writer(request);
        String id = StudioIds.path("key_id", keyId);
        KeyRow key = tenantKeys(caller).stream().filter(row -> row.id().equals(id)).findFirst()
                .orElseThrow(() -> StudioException.notFound("API key"));
        keys.revoke(key.id());
        return ResponseEntity.noContent().build();
    }

    /** The scopes asked for (none: all the caller's), each one the caller holds. */
    private static Set<String> scopes(BodyFields body, StudioCaller caller) {
        List<String> asked = body.strings("scopes").orElse(List.of());
        List<String> known = Scopes.ALL.stream().sorted().toList();
        Set<String> scopes = new LinkedHashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            if (!Scopes.ALL.contains(asked.get(i))) {
                List<Object> loc = new ArrayList<>(body.loc("scopes"));
                loc.add(i);
                body.error(FieldError.notPermitted(loc, known));
            } else {
                scopes.add(asked.get(i));
            }
        }
        if (!body.valid()) {
            return Set.of();
        }
        if (scopes.isEmpty()) {
            return caller.key().scopes();
        }
        for (String scope : scopes) {
            if (!caller.key().hasScope(scope)) {
                throw StudioException.forbidden("An API key cannot give a new key the " + scope
                        + " scope, which it does not hold itself");
            }
        }
        return scopes;
    }

    /** Active keys of the caller's project, and the caller's own key (a key of every project has no grants). */
    private List<KeyRow> tenantKeys(StudioCaller caller) {
        Instant now = Instant.now();
        return keys.list().stream()
                .filter(row -> !row.revoked() && !row.expiredAt(now))
                .filter(row -> row.projectIds().contains(caller.projectId()) || row.id().equals(caller.key().keyId()))
                .toList();
    }

    private static Map<String, Object> view(KeyRow row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", row.id());
        view.put("name", row.name());
        view.put("key_prefix", row.prefix().startsWith("x-") ? row.prefix() : "esk_" + row.prefix() + "_");
        view.put("scopes", row.scopes().stream().sorted().toList());
        view.put("created_at", StudioTimes.format(row.createdAt()));
        view.put("expires_at", StudioTimes.format(row.expiresAt()));
        view.put("last_used_at", StudioTimes.format(row.lastUsedAt()));
        return view;
    }

    /** Relay's field order for a created key: the plain key after the prefix. */
    private static Map<String, Object> ordered(Map<String, Object> view) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String field : List.of("id", "name", "key_prefix", "key", "scopes", "created_at", "expires_at",
                "last_used_at")) {
            out.put(field, view.get(field));
        }
        return out;
    }
}
