/** Paraphrase through an LLM or by Apertium back-translation; see {@link dev.earshot.engine.language}. */
package dev.earshot.engine.language.paraphrase;
