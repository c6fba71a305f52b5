package dev.earshot.engine.intel.pii;

import java.math.BigInteger;

/** Check-digit tests of card and bank account numbers. */
final class Checksums {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Checksums() {
    }

    /** Whether {@code digits} (decimal digits only) passes the Luhn check that every payment card number passes. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }

    /**
     * Whether {@code iban} (upper-case letters and digits, no spaces) passes the ISO 13616 check: the first four
     * characters moved to the end, letters replaced by 10 to 35, the number modulo 97 is 1.
     */
    static boolean iban(String iban) {
        if (iban.length() < 5) {
            return false;
        }
        StringBuilder number = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            if (c >= '0' && c <= '9') {
                number.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                number.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(number.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
