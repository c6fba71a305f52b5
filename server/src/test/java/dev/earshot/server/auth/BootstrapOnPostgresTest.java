package dev.earshot.server.auth;

import dev.earshot.server.testing.TestDatabase;

class BootstrapOnPostgresTest extends BootstrapContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
