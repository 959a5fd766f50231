package org.vangnet.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * The police complaint of a case; {@code version} guards against overwriting a colleague's change.
 * {@code aggravating}: the circumstances noted for the police (empty: none).
 */
public record PoliceComplaintView(long version, ComplaintWish wish, LocalDate filedOn, String policeZone,
                                  String recordNumber, ProsecutorOutcome prosecutorOutcome, String notes,
                                  Set<AggravatingCircumstance> aggravating) {

    /** The longest police zone, record number and note, in characters. */
    public static final int MAX_ZONE = 100;
    public static final int MAX_RECORD = 40;
    public static final int MAX_NOTES = 2000;

    public static final PoliceComplaintView NONE =
            new PoliceComplaintView(-1, ComplaintWish.UNDECIDED, null, null, null, null, null, Set.of());

    public PoliceComplaintView {
        aggravating = aggravating == null ? Set.of() : Set.copyOf(aggravating);
    }

    /** A complaint without aggravating circumstances. */
    public PoliceComplaintView(long version, ComplaintWish wish, LocalDate filedOn, String policeZone,
                               String recordNumber, ProsecutorOutcome prosecutorOutcome, String notes) {
        this(version, wish, filedOn, policeZone, recordNumber, prosecutorOutcome, notes, Set.of());
    }
}
