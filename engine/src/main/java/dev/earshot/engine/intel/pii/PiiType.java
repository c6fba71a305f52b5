package dev.earshot.engine.intel.pii;

/** Kinds of personal data found in speech. */
public enum PiiType {
    /** A person's name given after a cue ("my name is", "this is", "speaking", "mister"), or a later mention of it. */
    PERSON,
    /** A telephone number: 10 or 11 digits, or 7 to 15 digits after a phone cue. */
    PHONE,
    /** An e-mail address spoken with "at" and "dot". */
    EMAIL,
    /**
     * A payment card number (13 to 19 digits passing the Luhn check), or its security code or expiry date
     * (3 or 4 digits after "cvv", "security code", "expiry").
     */
    CREDIT_CARD,
    /** A US social security number: 9 digits after a cue, or spoken in groups of 3, 2 and 4. */
    SSN,
    /** A date after a birth cue ("born", "date of birth", "birthday", "dob"). */
    DATE_OF_BIRTH,
    /** A street address: house number, street name and street suffix (street, avenue, road, ...). */
    ADDRESS,
    /** An account, policy or member number after a cue, or a long digit run that is no other number. */
    ACCOUNT_NUMBER,
    /** An international bank account number: country letters, check digits and the account code. */
    IBAN
}
