package org.vangnet.cases;

/** Kinds of evidence preserved before anything is taken down. */
public enum EvidenceKind { URL, USERNAME, PHONE_NUMBER, CHAT_SCREENSHOT, PAYMENT_PROOF, OTHER }
