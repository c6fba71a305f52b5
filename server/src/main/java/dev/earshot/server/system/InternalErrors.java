package dev.earshot.server.system;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Logs an unexpected failure under a short id that the client sees instead of a stack trace. */
@Component
public class InternalErrors {

    private static final Logger log = LoggerFactory.getLogger(InternalErrors.class);

    /** Logs {@code error} with a new error id and returns the id. */
    public String record(Throwable error) {
        String id = UUID.randomUUID().toString().substring(0, 12);
        log.error("internal error id={}: {}", id, error.toString(), error);
        return id;
    }
}
