package dev.earshot.server;

import dev.earshot.server.cli.EarshotCli;
import dev.earshot.server.system.ServerStop;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the server, or, when the first argument is a command ({@code keys}, {@code projects},
 * {@code users}), runs that command against the same database without a web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EarshotApplication {
    public static void main(String[] args) {
        if (EarshotCli.handles(args)) {
            System.exit(EarshotCli.run(EarshotApplication.class, args));
        } else {
            ServerStop.install(SpringApplication.run(EarshotApplication.class, args));
        }
    }
}
