/**
 * The append-only audit trail: who read or changed what, when, from where, and how it ended. It
 * implements {@link org.vangnet.base.audit.AuditTrail}; no module depends on it.
 */
@ApplicationModule(displayName = "Audit")
package org.vangnet.audit;

import org.springframework.modulith.ApplicationModule;
