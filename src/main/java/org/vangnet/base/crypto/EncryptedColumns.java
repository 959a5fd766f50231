package org.vangnet.base.crypto;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every encrypted column (decisions 013 and 031), for the migration that encrypted the free texts
 * and for re-encryption under a new data key. A column added to an entity with
 * {@code @Convert(converter = EncryptedText.class)} belongs here too.
 */
final class EncryptedColumns {

    record Column(String table, String key, String column) {
    }

    /** The free texts about the client, encrypted since decision 031. */
    static final List<Column> FREE_TEXTS = List.of(
            new Column("case_file", "id", "summary"),
            new Column("case_timeline_entry", "id", "body"),
            new Column("police_complaint", "case_id", "record_number"),
            new Column("police_complaint", "case_id", "notes"),
            new Column("case_evidence", "id", "description"),
            new Column("takedown_request", "id", "content_description"),
            new Column("takedown_request", "id", "ticket_number"),
            new Column("takedown_request", "id", "decision_text"),
            new Column("takedown_item", "id", "value"),
            new Column("extorter", "id", "notes"),
            new Column("extortion_contact", "id", "threat"),
            new Column("extortion_contact", "id", "channel_other"),
            new Column("follow_up", "id", "note"),
            new Column("follow_up", "id", "outcome_note"),
            new Column("follow_up_reschedule", "id", "reason"),
            new Column("case_evidence", "id", "item"),
            new Column("case_evidence", "id", "file_name"),
            new Column("police_complaint", "case_id", "police_zone"),
            new Column("case_referral", "id", "other_name"),
            new Column("extorter", "id", "label"),
            new Column("money_recovery", "id", "institution"),
            new Column("money_recovery", "id", "reference"));

    /**
     * Encrypted from the start, in tables created after V017_2: only the key rotation needs them (the
     * one-off encryption of V017_3 ran before these tables existed).
     */
    static final List<Column> LATER = List.of(
            new Column("conversation", "id", "summary"),
            new Column("spreader", "id", "label"),
            new Column("spreader", "id", "handle"),
            new Column("spreader", "id", "notes"));

    /** Everything encrypted with the data key. */
    static final List<Column> ALL = Stream.of(Stream.of(
            new Column("client_contact", "id", "value"),
            new Column("extorter_identifier", "id", "value")), FREE_TEXTS.stream(), LATER.stream())
            .flatMap(s -> s).toList();

    private EncryptedColumns() {
    }
}
