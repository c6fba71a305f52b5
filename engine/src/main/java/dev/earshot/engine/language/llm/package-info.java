/** A client for OpenAI-compatible chat-completions endpoints, shared by the LLM-backed capabilities. */
package dev.earshot.engine.language.llm;
