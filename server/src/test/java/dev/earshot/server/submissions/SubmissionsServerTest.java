package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Users;
import dev.earshot.server.support.ServerTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the submissions door's tests: a {@link ServerTest} with a {@link SubmissionsClient} on its server and keys
 * of users with credits.
 */
abstract class SubmissionsServerTest extends ServerTest {

    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Users users;
    @Autowired
    Projects projects;
    @Autowired
    Credits credits;

    SubmissionsClient door;

    @BeforeEach
    void submissionsClient() {
        door = new SubmissionsClient(client);
    }

    /** A key of the user {@code email} (made if new) with the scopes, and {@code grant} credits given to the user. */
    String key(String email, long grant, String... scopes) {
        return keyIn(PROJECT, email, grant, scopes);
    }

    /** As {@link #key}, for the project {@code projectName} instead of the door tests' project. */
    String keyIn(String projectName, String email, long grant, String... scopes) {
        String userId = users.findByEmail(email).orElseGet(() -> users.create(email, email, false)).id();
        if (grant > 0) {
            credits.grant(Credits.ownerOf(userId), grant, "test");
        }
        String projectId = projects.findByName(projectName).orElseThrow().id();
        return apiKeys.create("k", userId, Set.of(scopes), List.of(projectId)).plainKey();
    }

    /** A key without a user. */
    String keyWithoutUser(String... scopes) {
        String projectId = projects.findByName(PROJECT).orElseThrow().id();
        return apiKeys.create("w", null, Set.of(scopes), List.of(projectId)).plainKey();
    }
}
