package dev.earshot.engine.intel.pii;

import java.util.Arrays;
import java.util.List;

/** Words that announce a kind of personal data, as phrases of recognized words. */
final class Cues {

    /** How many words before a value a cue may end. */
    static final int REACH = 8;

    static final List<List<String>> CARD = phrases("card", "credit", "debit", "visa", "mastercard", "master card",
            "amex", "american express", "card number", "long number");
    static final List<List<String>> CARD_CODE = phrases("cvv", "cvc", "c v v", "c v c", "security code",
            "three digit code", "verification code", "expiry", "expiration", "expires", "expiry date");
    static final List<List<String>> PHONE = phrases("phone", "telephone", "mobile", "cell", "cellphone",
            "landline", "call me", "reach me", "call back", "callback", "contact number", "area code", "fax");
    static final List<List<String>> SSN = phrases("social security", "social", "ssn", "s s n", "security number");
    static final List<List<String>> ACCOUNT = phrases("account", "acct", "policy", "member", "membership",
            "routing", "sort code", "customer number", "customer id", "reference number", "iban", "i b a n");
    static final List<List<String>> IBAN = phrases("iban", "i b a n");
    static final List<List<String>> BIRTH = phrases("born", "date of birth", "birth date", "birthdate",
            "birthday", "dob", "d o b");
    static final List<List<String>> HOME = phrases("live", "living", "address", "located", "reside", "resides",
            "house", "home", "moved to", "ship", "deliver", "delivery");
    static final List<List<String>> EMAIL = phrases("email", "e mail", "mail", "address", "e-mail");

    private Cues() {
    }

    /** Each phrase split at spaces. */
    static List<List<String>> phrases(String... phrases) {
        return Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList();
    }
}
