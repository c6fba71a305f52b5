/** Translation with Apertium as a system tool or through an LLM; see {@link dev.earshot.engine.language}. */
package dev.earshot.engine.language.translate;
