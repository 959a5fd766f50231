package org.vangnet.cases;

/** A way to reach the client. */
public enum ContactKind { PHONE, EMAIL, OTHER }
