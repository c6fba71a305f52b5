package dev.earshot.server.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/** Runs a Spring test on a fresh database on the shared embedded PostgreSQL in a fresh temporary EARSHOT_HOME. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = OnPostgres.Initializer.class)
public @interface OnPostgres {

    final class Initializer extends FreshDatabase {
        Initializer() {
            super(TestDatabase.POSTGRES);
        }
    }
}
