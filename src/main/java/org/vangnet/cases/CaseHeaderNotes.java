package org.vangnet.cases;

import java.util.List;

/**
 * Things another module wants on the case header, where nobody can miss them (an extorter's
 * running deadline, say). Modules contribute by providing a bean; the cases module never knows
 * which. Called within the reader's access check and transaction.
 */
public interface CaseHeaderNotes {

    List<CaseHeaderNote> headerNotes(Long caseId);
}
