package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Users;
import dev.earshot.server.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of the submissions door's tests: a {@link ServerTest} with a {@link SubmissionsClient} on its server. */
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
        door = new SubmissionsClient(client, users, apiKeys, projects, credits, PROJECT);
    }
}
