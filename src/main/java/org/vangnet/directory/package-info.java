/**
 * The referral directory: the partners a helpline refers its clients to (Child Focus, Awel, the
 * police...), with what they do, for whom (age, region, language) and how to reach them (phone,
 * hours, chat, mail, web), kept by administrators. The first version comes from the helplines'
 * leaflets. Also the case file's referral tab, which picks a partner from the directory and shows
 * what to tell the client.
 *
 * <p>Public API: {@link org.vangnet.directory.ReferralDirectory}, {@link org.vangnet.directory.PartnerDetails}
 * and its enums. Depends on cases (it provides the cases module's {@code ReferralPartners} and a
 * {@code CaseTabProvider}); nobody depends on it.
 */
@ApplicationModule(displayName = "Referral directory")
package org.vangnet.directory;

import org.springframework.modulith.ApplicationModule;
