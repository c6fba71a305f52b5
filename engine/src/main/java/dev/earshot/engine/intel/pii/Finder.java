package dev.earshot.engine.intel.pii;

/** One kind of rule: finds its entities among the unclaimed words and records them in the sequence. */
interface Finder {

    void find(WordSequence words);
}
