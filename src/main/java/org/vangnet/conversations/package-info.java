/**
 * Conversations: every contact with the client on a case (a chat tonight, a call-back tomorrow, an
 * e-mail next week) as a record of its own: channel, start, duration, incoming or outgoing, the
 * counsellor, the language and a short summary kept encrypted. The intake is the first. The case
 * file shows them in a tab, on the timeline and as "last spoken to" on the header; funders' figures
 * (contacts and contact time per period, channel and team) come from this module's own report.
 *
 * <p>Public API: {@link org.vangnet.conversations.ConversationService},
 * {@link org.vangnet.conversations.ContactFigures}, the input and view records, the enums and the
 * events. Depends on cases; the case file learns of it only through the beans it provides.
 */
@ApplicationModule(displayName = "Conversations")
package org.vangnet.conversations;

import org.springframework.modulith.ApplicationModule;
