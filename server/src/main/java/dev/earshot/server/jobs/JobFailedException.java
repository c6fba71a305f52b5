package dev.earshot.server.jobs;

/**
 * A failure that retrying cannot fix (bad audio, a refused URL, an unsupported option). The job ends as
 * failed with this message as its reason, which the user sees.
 */
public class JobFailedException extends RuntimeException {

    public JobFailedException(String reason) {
        super(reason);
    }

    public JobFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
