package dev.earshot.server.system;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Lets Tomcat read to its end, and throw away, the body of a request answered before it was read (an upload far
 * over the multipart ceiling answered 413, a large upload refused first), as a front server does. By default Tomcat
 * reads at most 2 MB of it and then closes the connection, and a client still sending mostly gets a broken pipe
 * instead of the answer. {@code server.tomcat.max-swallow-size}, when set, still decides; this runs after Spring
 * Boot's own customizer, which always applies that setting (2 MB unless set).
 */
@Component
class RefusedBodies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final String SETTING = "server.tomcat.max-swallow-size";
    private final boolean configured;

    RefusedBodies(Environment environment) {
        this.configured = environment.containsProperty(SETTING);
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (configured) {
            return;
        }
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setMaxSwallowSize(-1);
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
