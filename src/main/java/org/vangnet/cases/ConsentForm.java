package org.vangnet.cases;

/** How consent was given or withdrawn. */
public enum ConsentForm { VERBAL, WRITTEN }
