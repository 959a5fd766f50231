package org.vangnet.cases;

import java.time.Instant;

/**
 * One break-the-glass opening of a case (decision 022), as the supervisors review it.
 *
 * @param reason decrypted: why the case had to be opened now
 */
public record EmergencyAccess(Long id, long version, Long caseId, String caseReference, String openedBy,
                              String reason, Instant openedAt, Instant expiresAt) {
}
