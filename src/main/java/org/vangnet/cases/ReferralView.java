package org.vangnet.cases;

import java.time.LocalDate;

/** A referral as the case file shows it. */
public record ReferralView(Long id, long version, Partner partner, String otherName, ReferralStatus status,
                           LocalDate date) {

    public boolean isOpen() {
        return status == ReferralStatus.SUGGESTED || status == ReferralStatus.MADE;
    }
}
