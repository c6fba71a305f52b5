/** A small JSON reader and string-literal writer for the engine, which has no JSON library. */
package dev.earshot.engine.json;
