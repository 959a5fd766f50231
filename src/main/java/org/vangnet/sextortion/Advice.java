package org.vangnet.sextortion;

/** What the counsellor advised after a contact, as the helplines' leaflets put it. */
public enum Advice {
    DO_NOT_PAY, DO_NOT_SEND_MORE, CAPTURE_EVIDENCE, BLOCK_AND_REPORT
}
