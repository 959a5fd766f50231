/**
 * Reporting: the team workload for supervisors, case trends, CSV exports of those aggregates, and
 * the yearly trusted-flagger transparency report (DSA Art. 22). Reads only, in SQL, aggregates only.
 */
@ApplicationModule(displayName = "Reporting")
package org.vangnet.reporting;

import org.springframework.modulith.ApplicationModule;
