package org.vangnet.cases;

import java.time.Instant;
import java.util.Set;

/**
 * Everything the case file's header and client panel show. {@code pseudonymisedAt} and
 * {@code pseudonymisationReason} are set once the case's personal data has been removed; the client
 * then holds placeholders only. A closed case that is not {@code closingApproved} waits for a
 * supervisor to approve its closing.
 */
public record CaseDetails(Long id, long version, String reference, CaseStatus status, WaitingOn waitingOn,
                          ClosingReason closingReason, Priority priority, IntakeChannel channel, Long teamId,
                          String teamName, Long counsellorId, String counsellorName, Instant openedAt,
                          Instant closedAt, Instant lastActivityAt, ClientDetails client, Set<HarmKind> harms,
                          String summary, boolean minorInvolved, boolean filesAllowed, Instant pseudonymisedAt,
                          PseudonymisationReason pseudonymisationReason, boolean closingApproved) {

    public boolean pseudonymised() {
        return pseudonymisedAt != null;
    }

    public boolean closingAwaitsApproval() {
        return status == CaseStatus.CLOSED && !closingApproved && !pseudonymised();
    }
}
