/**
 * Follow-ups: what a counsellor must do next on a case and by when (call the client back, check a
 * platform's answer, check whether images reappeared, follow up with the police). Scheduled by
 * hand, or automatically from other modules' events by the rules in {@link
 * org.vangnet.followups.FollowUpRules}; listed per user in "My work", announced in the app and,
 * when an SMTP server is configured, by an e-mail that carries no personal data.
 *
 * <p>Public API: {@link org.vangnet.followups.FollowUpService}, the enums, the input and view
 * records and the events. Depends on cases, takedowns and sextortion through their public events
 * and services; none of them knows this module.
 */
@ApplicationModule(displayName = "Follow-ups")
package org.vangnet.followups;

import org.springframework.modulith.ApplicationModule;
