package dev.earshot.server.system;

import java.time.Duration;
import java.time.Instant;

/**
 * One request a door answered, published as a Spring application event after the answer was written, with what its
 * log line says. Listeners run on the request's thread after the response is complete; one that throws is logged
 * and does not change the answer.
 *
 * @param at          when the request arrived
 * @param door        the door the path belongs to ({@link DoorShape}, lower case: {@code submissions}, ...)
 * @param method      HTTP method
 * @param path        the path as logged (no query string, secrets cut off)
 * @param route       the route pattern that answered ({@code /api/v1/tasks/{task}/results}), or {@code unmatched}
 * @param status      HTTP status sent
 * @param latency     time from arrival to the end of the answer
 * @param keyPrefix   visible prefix of the API key the caller presented, or null before or without one
 * @param user        e-mail of the key's user, or null
 * @param remote      client address
 */
public record ApiRequestHandled(Instant at, String door, String method, String path, String route, int status,
                                Duration latency, String keyPrefix, String user, String remote) {
}
