package org.vangnet.sextortion;

/** What an extorter demanded; a contact may carry several. */
public enum Demand {
    MONEY, MORE_IMAGES, SEX, CRIMINAL_HELP
}
