package org.vangnet.advice;

/** Whom a step is for. */
public enum AdviceAudience {
    ALL, MINOR, ADULT;

    boolean includes(boolean minor) {
        return this == ALL || (this == MINOR) == minor;
    }
}
