/**
 * Sextortion: the extorters of a case and their identifiers (usernames per platform, profile links,
 * phone numbers, e-mail addresses, payment accounts), every contact they made with what they
 * demanded, and the attempts to get paid money back. Identifiers are stored normalised, so the
 * same extorter is recognised across cases; who may see which of those cases is the cases module's
 * decision.
 *
 * <p>Public API: the application services ({@link org.vangnet.sextortion.ExtorterService},
 * {@link org.vangnet.sextortion.ContactLogService}, {@link org.vangnet.sextortion.MoneyRecoveryService},
 * {@link org.vangnet.sextortion.SextortionQueries}), the domain enums, the input and view records
 * and the events. Depends on cases, never the other way round: the case file learns of this module
 * only through the beans it provides ({@code CaseTabProvider}, {@code CaseHeaderNotes},
 * {@code OpenCaseItems}) and the timeline events ({@code CaseActivity}).
 */
@ApplicationModule(displayName = "Sextortion")
package org.vangnet.sextortion;

import org.springframework.modulith.ApplicationModule;
