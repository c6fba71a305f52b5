package dev.earshot.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

/** Users, projects, keys and access rules; one subclass per database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class AuthContract {
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    ApiKeyAuthenticator authenticator;
    @Autowired
    ProjectAccess projectAccess;
    @Autowired
    Projects projects;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void createdKeyAuthenticatesWithItsScopesAndUser() {
        User user = users.create(unique("ann") + "@Example.org", "Ann", false);
        Project project = projects.create(unique("p"));
        CreatedKey key = apiKeys.create("ci", user.id(), Set.of(Scopes.AUDIO_WRITE), List.of(project.id()));

        ApiCaller caller = authenticator.authenticateKey(key.plainKey()).orElseThrow();

        assertThat(key.plainKey()).matches("esk_[a-z0-9]{8}_[A-Za-z0-9]{43}").startsWith("esk_" + key.prefix() + "_");
        assertThat(caller.keyId()).isEqualTo(key.id());
        assertThat(caller.keyPrefix()).isEqualTo(key.prefix());
        assertThat(caller.userId()).isEqualTo(user.id());
        assertThat(caller.userEmail()).isEqualTo(user.email()).isLowerCase();
        assertThat(caller.hasScope(Scopes.AUDIO_WRITE)).isTrue();
        assertThat(caller.hasScope(Scopes.AUDIO_READ)).isFalse();
        assertThat(caller.hasScope(Scopes.ADMIN)).isFalse();
    }

    @Test
    void storesOnlyTheHashAndFindsByPrefix() {
        CreatedKey key = apiKeys.create("k", null, Set.of(Scopes.AUDIO_READ), List.of());

        String storedHash = jdbc.sql("select hash from api_keys where prefix = ?").param(key.prefix())
                .query(String.class).single();
        String everything = jdbc.sql("select * from api_keys where id = ?").param(key.id())
                .query((row, n) -> {
                    StringBuilder all = new StringBuilder();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        all.append(row.getString(i)).append('|');
                    }
                    return all.toString();
                }).single();

        assertThat(storedHash).isNotEqualTo(key.plainKey()).hasSize(64).isEqualTo(KeyFormat.hash(key.plainKey()));
        assertThat(everything).doesNotContain(key.plainKey()).doesNotContain(key.plainKey().substring(13));
        assertThat(apiKeys.find(key.prefix())).get().extracting(KeyRow::id).isEqualTo(key.id());
    }

    @Test
    void rejectsUnknownTamperedAndMalformedKeys() {
        CreatedKey key = apiKeys.create("k", null, Set.of(Scopes.AUDIO_READ), List.of());
        String plain = key.plainKey();
        String tampered = plain.substring(0, plain.length() - 1) + (plain.endsWith("A") ? "B" : "A");

        assertThat(authenticator.authenticateKey(tampered)).isEmpty();
        assertThat(authenticator.authenticateKey("esk_" + "zzzzzzzz" + plain.substring(12))).isEmpty();
        assertThat(authenticator.authenticateKey("esk_short")).isEmpty();
        assertThat(authenticator.authenticateKey("")).isEmpty();
        assertThat(authenticator.authenticateKey(null)).isEmpty();
        assertThat(authenticator.authenticateKey(plain + " ")).isEmpty();
    }

    @Test
    void revokedKeyNoLongerAuthenticates() {
        CreatedKey byId = apiKeys.create("a", null, Set.of(Scopes.AUDIO_READ), List.of());
        CreatedKey byPrefix = apiKeys.create("b", null, Set.of(Scopes.AUDIO_READ), List.of());

        assertThat(apiKeys.revoke(byId.id())).isTrue();
        assertThat(apiKeys.revoke(byPrefix.prefix())).isTrue();

        assertThat(authenticator.authenticateKey(byId.plainKey())).isEmpty();
        assertThat(authenticator.authenticateKey(byPrefix.plainKey())).isEmpty();
        assertThat(apiKeys.revoke(byId.id())).as("already revoked").isFalse();
        assertThat(apiKeys.revoke("nothing")).isFalse();
        assertThat(apiKeys.find(byId.id())).get().extracting(KeyRow::revoked).isEqualTo(true);
    }

    @Test
    void readsTheKeyFromEveryHeaderVariant() {
        CreatedKey key = apiKeys.create("k", null, Set.of(Scopes.AUDIO_READ), List.of());
        String plain = key.plainKey();

        assertThat(authenticator.authenticate(request("Authorization", "Bearer " + plain))).isPresent();
        assertThat(authenticator.authenticate(request("authorization", "bearer " + plain))).isPresent();
        assertThat(authenticator.authenticate(request("AUTHORIZATION", "BEARER   " + plain + " "))).isPresent();
        assertThat(authenticator.authenticate(request("X-Api-Key", plain))).isPresent();
        assertThat(authenticator.authenticate(request("X-API-KEY", plain))).isPresent();
        assertThat(authenticator.authenticate(request("x-api-key", plain))).isPresent();

        assertThat(authenticator.authenticate(request("Authorization", "Basic " + plain))).isEmpty();
        assertThat(authenticator.authenticate(request("Authorization", plain))).isEmpty();
        assertThat(authenticator.authenticate(new MockHttpServletRequest())).isEmpty();
    }

    @Test
    void recordsLastUse() {
        CreatedKey key = apiKeys.create("k", null, Set.of(Scopes.AUDIO_READ), List.of());
        assertThat(apiKeys.find(key.id()).orElseThrow().lastUsedAt()).isNull();

        authenticator.authenticateKey(key.plainKey());

        assertThat(apiKeys.find(key.id()).orElseThrow().lastUsedAt()).isNotNull();
    }

    @Test
    void keysMayUseTheirProjectsAndAdminKeysWithoutProjectsAll() {
        Project mine = projects.create(unique("mine"));
        Project other = projects.create(unique("other"));
        ApiCaller scoped = caller(apiKeys.create("s", null, Set.of(Scopes.AUDIO_WRITE), List.of(mine.id())));
        ApiCaller noProjects = caller(apiKeys.create("n", null, Set.of(Scopes.AUDIO_WRITE), List.of()));
        ApiCaller globalAdmin = caller(apiKeys.create("g", null, Set.of(Scopes.ADMIN), List.of()));
        ApiCaller projectAdmin = caller(apiKeys.create("a", null, Set.of(Scopes.ADMIN), List.of(mine.id())));

        assertThat(projectAccess.find(mine.name())).contains(mine);
        assertThat(projectAccess.find("no-such-project")).isEmpty();
        assertThat(projectAccess.allows(scoped, mine)).isTrue();
        assertThat(projectAccess.allows(scoped, other)).isFalse();
        assertThat(projectAccess.allows(noProjects, mine)).isFalse();
        assertThat(projectAccess.allows(globalAdmin, other)).isTrue();
        assertThat(projectAccess.allows(projectAdmin, mine)).isTrue();
        assertThat(projectAccess.allows(projectAdmin, other)).isFalse();
        assertThat(projectAccess.homeProject(scoped)).contains(mine);
        assertThat(projectAccess.homeProject(noProjects)).isEmpty();
        assertThat(projectAccess.homeProject(globalAdmin).orElseThrow().name()).isEqualTo("default");
        assertThat(projectAccess.allowsProjectId(scoped, mine.id())).isTrue();
        assertThat(projectAccess.allowsProjectId(scoped, other.id())).isFalse();
        assertThat(projectAccess.allowsProjectId(scoped, "no-such-id")).isFalse();
        assertThat(projectAdmin.hasScope(Scopes.AUDIO_READ)).as("admin implies every scope").isTrue();
    }

    @Test
    void grantsAProjectOnce() {
        Project project = projects.create(unique("g"));
        CreatedKey key = apiKeys.create("k", null, Set.of(Scopes.AUDIO_READ), List.of());

        apiKeys.grant(key.id(), project.id());
        apiKeys.grant(key.id(), project.id());

        assertThat(apiKeys.find(key.id()).orElseThrow().projectIds()).containsExactly(project.id());
        assertThat(projectAccess.allows(caller(key), project)).isTrue();
    }

    @Test
    void rejectsBadInput() {
        String name = unique("dup");
        projects.create(name);

        assertThatThrownBy(() -> projects.create(name)).isInstanceOf(AlreadyExistsException.class);
        assertThatThrownBy(() -> projects.create("no spaces")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> users.create("not-an-email", null, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> apiKeys.create("k", null, Set.of("audio:delete"), List.of()))
                .hasMessageContaining("unknown scope");
        assertThatThrownBy(() -> apiKeys.create("k", null, Set.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> apiKeys.create("k", null, Set.of(Scopes.AUDIO_READ), List.of("missing-project")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(apiKeys.list()).noneMatch(key -> key.projectIds().contains("missing-project"));
    }

    @Test
    void findsUsersByEmailIgnoringCase() {
        String email = unique("bob") + "@example.org";
        User bob = users.create(email.toUpperCase(), null, true);

        assertThat(users.findByEmail(email)).contains(bob);
        assertThat(users.findById(bob.id())).contains(bob);
        assertThat(users.isEmpty()).isFalse();
        assertThatThrownBy(() -> users.create(email, null, false)).isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void acceptsOperatorChosenKeys() {
        CreatedKey key = apiKeys.createWithPlainKey("my-own-key-1234567", "own", null, Set.of(Scopes.AUDIO_READ),
                List.of());

        assertThat(key.prefix()).matches("x-[0-9a-f]{8}");
        assertThat(authenticator.authenticateKey("my-own-key-1234567")).isPresent();
        assertThat(authenticator.authenticateKey("my-own-key-1234568")).isEmpty();
        assertThatThrownBy(() -> apiKeys.createWithPlainKey("too-short", "k", null, Set.of(Scopes.AUDIO_READ),
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> apiKeys.createWithPlainKey("esk_malformed_but_long_enough", "k", null,
                Set.of(Scopes.AUDIO_READ), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private ApiCaller caller(CreatedKey key) {
        return authenticator.authenticateKey(key.plainKey()).orElseThrow();
    }

    private static MockHttpServletRequest request(String header, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/anything");
        request.addHeader(header, value);
        return request;
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
