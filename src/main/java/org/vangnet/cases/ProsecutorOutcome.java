package org.vangnet.cases;

/** What the public prosecutor did with the complaint, as far as the helpline knows. */
public enum ProsecutorOutcome { UNKNOWN, INVESTIGATING, PROSECUTED, MEDIATION, DISMISSED, CONVICTED }
