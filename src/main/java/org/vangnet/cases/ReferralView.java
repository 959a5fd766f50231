package org.vangnet.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A referral as the case file shows it. {@code partnerId} is its partner in the referral directory
 * ({@code null} for a name typed on the case); {@code history} every status it was given, oldest first.
 */
public record ReferralView(Long id, long version, Partner partner, String otherName, Long partnerId,
                           ReferralStatus status, LocalDate date, List<ReferralStep> history) {

    public ReferralView {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public boolean isOpen() {
        return status == ReferralStatus.SUGGESTED || status == ReferralStatus.MADE;
    }
}
