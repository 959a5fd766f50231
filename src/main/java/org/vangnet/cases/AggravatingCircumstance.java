package org.vangnet.cases;

/**
 * What the equality institute's guide tells the client to mention to the police because it can make
 * the sentence heavier (seed 002, "Waar moet je op letten bij het indienen van een klacht?").
 */
public enum AggravatingCircumstance {
    /** The offender acted with malicious intent or for profit ("kwaadwillig opzet of winstbejag"). */
    MALICIOUS_INTENT_OR_PROFIT,
    /**
     * The offender acted because of the victim's sex, or out of hatred or contempt for everyone of that
     * sex (shown by posted comments, earlier facts, a general attitude).
     */
    GENDER_BASED_HATRED
}
