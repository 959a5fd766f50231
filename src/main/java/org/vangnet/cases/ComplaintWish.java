package org.vangnet.cases;

/** Whether the client wants to file a police complaint. Not wanting one is a valid choice. */
public enum ComplaintWish { UNDECIDED, WANTED, NOT_WANTED }
