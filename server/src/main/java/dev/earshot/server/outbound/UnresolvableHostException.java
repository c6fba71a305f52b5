package dev.earshot.server.outbound;

/**
 * A URL whose host name did not resolve. Refused like any other URL the policy cannot check, but a caller that
 * retries (webhooks) may treat it as temporary: DNS can fail for a moment.
 */
public class UnresolvableHostException extends RefusedUrlException {

    public UnresolvableHostException(String host) {
        super("the host " + host + " could not be resolved");
    }
}
