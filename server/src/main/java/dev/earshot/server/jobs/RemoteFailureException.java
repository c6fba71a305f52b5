package dev.earshot.server.jobs;

/**
 * A failure at a remote end the user chose: their output URL refused the PUT of a result or could not be reached,
 * or their input URL answered with a server error. Retried like any transient error; the last attempt fails the job
 * with this reason. Each attempt is logged as one warning line with the job id, never as an internal error: there is
 * nothing in Earshot to fix.
 */
public class RemoteFailureException extends RuntimeException {

    public RemoteFailureException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
