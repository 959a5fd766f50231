package org.vangnet.cases;

import java.util.Map;

/**
 * Another module's personal data about a case (takedown items, extorters' identifiers, follow-up
 * notes...). When a case is pseudonymised, the cases module calls every bean that implements this,
 * in the same transaction, after the case has been marked; each module removes from its own tables
 * what identifies the client or third parties and keeps what the figures need. The cases module
 * never learns those tables.
 */
public interface CasePersonalData {

    /**
     * Removes this module's personal data about the case. Runs without a signed-in user (the daily
     * job) or as the erasing supervisor; must not publish timeline events (the case no longer takes
     * any). Returns what was removed, as short codes with counts (see decision 009), for the one
     * audit row of the pseudonymisation; zero counts may be left out.
     */
    Map<String, Integer> pseudonymise(Long caseId);
}
