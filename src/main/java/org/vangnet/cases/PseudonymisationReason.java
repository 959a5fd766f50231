package org.vangnet.cases;

/**
 * Why a case's personal data was removed: its retention period ran out, or a supervisor erased it
 * on request (GDPR Art. 17). A fixed list rather than typed text: the reason goes into the audit
 * trail, which never holds free text, and anything typed about the client would be the very data
 * being erased.
 */
public enum PseudonymisationReason {

    /** Closed for longer than the retention period: the daily job. */
    RETENTION_EXPIRED,
    /** The client (or their legal representative) asked for erasure, or withdrew their consent. */
    CLIENT_REQUEST,
    /** The data should never have been recorded (wrong person, opened by mistake). */
    RECORDED_IN_ERROR,
    /** A court order or another legal obligation requires the erasure. */
    LEGAL_OBLIGATION;

    /** The reasons a supervisor may give for an erasure on request. */
    public static java.util.List<PseudonymisationReason> onRequest() {
        return java.util.List.of(CLIENT_REQUEST, RECORDED_IN_ERROR, LEGAL_OBLIGATION);
    }
}
