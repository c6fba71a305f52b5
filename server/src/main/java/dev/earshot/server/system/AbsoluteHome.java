package dev.earshot.server.system;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code earshot.home} an absolute path before anything reads it, so that {@code EARSHOT_HOME=data}
 * works in the H2 URL (H2 refuses implicitly relative paths) and names the same folder everywhere.
 */
class AbsoluteHome implements EnvironmentPostProcessor, Ordered {
    static final String PROPERTY = "earshot.home";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String home = environment.getProperty(PROPERTY);
        if (home != null && !home.isBlank()) {
            String absolute = Path.of(home).toAbsolutePath().normalize().toString();
            environment.getPropertySources().addFirst(new MapPropertySource("earshotHome", Map.of(PROPERTY, absolute)));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
