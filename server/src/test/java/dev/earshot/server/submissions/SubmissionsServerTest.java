package dev.earshot.server.submissions;

import dev.earshot.server.auth.ApiKeys;
import dev.earshot.server.auth.Projects;
import dev.earshot.server.auth.Users;
import dev.earshot.server.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of the submissions door's tests: the shared server, and a {@link SubmissionsClient} of users and keys. */
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
    void door() {
        door = new SubmissionsClient(client, users, apiKeys, projects, credits, PROJECT);
    }
}
