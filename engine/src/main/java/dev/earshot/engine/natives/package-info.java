/**
 * The native self-check: each native library the engine runs on ({@link dev.earshot.engine.pipeline.NativeCapability})
 * loaded and exercised once on a generated signal, with the reason in plain words when one does not work.
 */
package dev.earshot.engine.natives;
