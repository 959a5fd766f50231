/**
 * Cases: the client (who may stay anonymous), what happened to them, and everything the helpline
 * does about it: status, assignment, timeline, consent, referrals, police complaint and evidence.
 *
 * <p>Public API: the application services ({@link org.vangnet.cases.CaseService},
 * {@link org.vangnet.cases.CaseQueries}, {@link org.vangnet.cases.ConsentService}, ...), the
 * domain enums and value records, the events, and {@link org.vangnet.cases.CaseActivity}, through
 * which other modules put entries on a case's timeline.
 */
@ApplicationModule(displayName = "Cases")
package org.vangnet.cases;

import org.springframework.modulith.ApplicationModule;
