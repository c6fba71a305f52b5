package dev.earshot.server.system;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/** Logs an unexpected failure under a short id that the client sees instead of a stack trace. */
@Component
public class InternalErrors {

    private static final Logger log = LoggerFactory.getLogger(InternalErrors.class);

    /** Logs {@code error} with a new error id and returns the id. */
    public String record(Throwable error) {
        String id = newId();
        log.error("internal error id={}: {}", id, error.toString(), error);
        return id;
    }

    /** Logs a server error the container answered without an exception to show. */
    String record(HttpStatusCode status) {
        String id = newId();
        log.error("internal error id={}: the container answered {}", id, status.value());
        return id;
    }

    /** What a client reads for an internal error; a Laravel door says only "Server Error", as Laravel does. */
    public String message(DoorShape shape, String id) {
        return shape == DoorShape.SUBMISSIONS ? "Server Error" : "internal error (error id " + id + ")";
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 12);
    }
}
