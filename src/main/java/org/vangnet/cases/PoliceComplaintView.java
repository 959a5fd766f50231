package org.vangnet.cases;

import java.time.LocalDate;

/** The police complaint of a case; {@code version} guards against overwriting a colleague's change. */
public record PoliceComplaintView(long version, ComplaintWish wish, LocalDate filedOn, String policeZone,
                                  String recordNumber, ProsecutorOutcome prosecutorOutcome, String notes) {

    public static final PoliceComplaintView NONE =
            new PoliceComplaintView(-1, ComplaintWish.UNDECIDED, null, null, null, null, null);
}
