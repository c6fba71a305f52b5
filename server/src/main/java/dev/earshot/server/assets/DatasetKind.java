package dev.earshot.server.assets;

/** Whether a dataset holds what a user sent or what Earshot produced. */
public enum DatasetKind {
    INPUT, OUTPUT
}
