package dev.earshot.server.auth;

import dev.earshot.server.testing.TestDatabase;

class BootstrapOnH2Test extends BootstrapContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
