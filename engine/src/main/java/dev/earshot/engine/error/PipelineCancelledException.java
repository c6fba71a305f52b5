package dev.earshot.engine.error;

/** A run stopped because its deadline passed or its caller cancelled it. */
public class PipelineCancelledException extends EarshotException {

    public PipelineCancelledException(String message) {
        super(message);
    }
}
