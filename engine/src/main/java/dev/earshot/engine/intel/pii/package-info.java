/**
 * Personal data in recognized speech. {@link dev.earshot.engine.intel.pii.PiiDetector#detect} takes a
 * transcript's words and returns {@link dev.earshot.engine.intel.pii.PiiEntity entities} with type,
 * normalised value, word indices, times and confidence;
 * {@link dev.earshot.engine.intel.pii.SpokenPiiDetector#load()} is the local rule-based implementation. No
 * named-entity model is available to Earshot, so names rest on cue phrases and a public-domain first-name
 * list, and numbers on spoken-number reading, check digits and cue words.
 */
package dev.earshot.engine.intel.pii;
