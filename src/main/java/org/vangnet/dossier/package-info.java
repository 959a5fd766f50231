/**
 * The police dossier: one PDF a counsellor hands the client or the police, gathering from the case
 * what a complaint needs (what happened, the events, the evidence with its hashes and never an
 * image, the extorters' identifiers and contacts, the spreaders and forwarders, the takedown requests and their outcomes, the
 * advice given, the referrals), in the client's or the counsellor's language.
 *
 * <p>Public API: {@link org.vangnet.dossier.PoliceDossier}. Depends on cases, takedowns, sextortion,
 * spreaders and advice through their public services; nobody depends on it.
 */
@ApplicationModule(displayName = "Police dossier")
package org.vangnet.dossier;

import org.springframework.modulith.ApplicationModule;
