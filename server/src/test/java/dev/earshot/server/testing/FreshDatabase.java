package dev.earshot.server.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Gives a test context its own temporary home and a fresh database, above application.properties. */
abstract class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private final TestDatabase database;

    FreshDatabase(TestDatabase database) {
        this.database = database;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(database.properties(TestHome.create())).applyTo(context);
    }
}
