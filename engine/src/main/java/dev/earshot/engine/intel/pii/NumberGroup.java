package dev.earshot.engine.intel.pii;

/**
 * One spoken number inside a {@link NumberRun}: a digit ("four", "oh"), a repeated digit ("double five"), or a
 * compound number ("twenty three", "one hundred and five", "two thousand five").
 *
 * @param first  index of its first word
 * @param last   index of its last word (inclusive)
 * @param digits its value in decimal digits ("0" for "oh", "55" for "double five", "23" for "twenty three")
 */
record NumberGroup(int first, int last, String digits) {

    /** The value; digits of a repeated digit read as one number ("55"). */
    long value() {
        return Long.parseLong(digits);
    }

    /** Whether the group is one spoken digit word. */
    boolean singleDigit() {
        return first == last && digits.length() == 1;
    }
}
