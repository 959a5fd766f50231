package org.vangnet.cases;

import java.util.List;

/**
 * Things still open on a case (a referral not answered, a takedown pending...). Closing a case
 * with open items asks the counsellor to confirm. Modules contribute by providing a bean.
 */
public interface OpenCaseItems {

    /** Translation keys, one per open item (repeated when there are several of a kind). */
    List<String> openItemKeys(Long caseId);
}
