/** Text language identification (OpenNLP langdetect); see {@link dev.earshot.engine.language}. */
package dev.earshot.engine.language.detect;
