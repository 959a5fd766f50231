package org.vangnet.cases;

/** Why a case was closed. */
public enum ClosingReason { RESOLVED, CLIENT_STOPPED_CONTACT, REFERRED, NO_FURTHER_ACTION_WANTED, DUPLICATE, OTHER }
