package dev.earshot.server.assets;

/** Where a task is in its life. */
public enum TaskStatus {
    RUNNING, COMPLETED, FAILED
}
