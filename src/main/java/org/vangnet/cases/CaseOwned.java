package org.vangnet.cases;

/** Something that belongs to one case (a referral, a takedown request, an extortion contact...). */
public interface CaseOwned {

    Long getCaseId();
}
