package dev.earshot.server.system;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;

/**
 * Stops the server in order on SIGTERM and SIGINT: running jobs stop at their next checkpoint and are queued again,
 * the speech models are freed once no call uses them, and only then does the JVM exit (with 128 + the signal's
 * number; the stopping runs on a non-daemon thread, so the JVM cannot end with 0 first). The JVM's own handling
 * would run every shutdown hook at once, and ONNX Runtime's hook frees its native environment under a VAD call still
 * running, which crashes the process. A second signal exits at once.
 */
public final class ServerStop {

    private static final Logger LOG = LoggerFactory.getLogger(ServerStop.class);

    private ServerStop() {
    }

    /** Handles SIGTERM and SIGINT for {@code context}, a started server. */
    public static void install(ConfigurableApplicationContext context) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                int status = 128 + signal.getNumber();
                if (!stopping.compareAndSet(false, true)) {
                    LOG.warn("SIG{} again: exiting without waiting for running work", signal.getName());
                    Runtime.getRuntime().halt(status);
                }
                LOG.info("SIG{}: stopping; running jobs are queued again and resume after the next start",
                        signal.getName());
                Thread stopper = new Thread(() -> {
                    context.close();
                    System.exit(status);
                }, "earshot-stop");
                stopper.setDaemon(false);
                stopper.start();
            });
        }
    }
}
