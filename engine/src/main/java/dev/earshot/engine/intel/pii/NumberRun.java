package dev.earshot.engine.intel.pii;

import java.util.List;

/**
 * Spoken numbers said one after another, read as one digit string: "four one one one" is {@code 4111},
 * "nineteen eighty four" is {@code 1984}, "eight hundred five five five" is {@code 800555}.
 *
 * @param first  index of the first word
 * @param last   index of the last word (inclusive)
 * @param groups the numbers, in order; not empty
 */
record NumberRun(int first, int last, List<NumberGroup> groups) {

    NumberRun {
        groups = List.copyOf(groups);
    }

    /** The groups' digits joined. */
    String digits() {
        StringBuilder digits = new StringBuilder();
        for (NumberGroup group : groups) {
            digits.append(group.digits());
        }
        return digits.toString();
    }

    /** Whether every group is one digit word ("five five five", not "fifty five"). */
    boolean digitByDigit() {
        return groups.stream().allMatch(NumberGroup::singleDigit);
    }

    /** The run made of groups {@code from..} (inclusive) to {@code to} (exclusive). */
    NumberRun sub(int from, int to) {
        List<NumberGroup> part = groups.subList(from, to);
        return new NumberRun(part.get(0).first(), part.get(part.size() - 1).last(), part);
    }
}
