package org.vangnet.cases;

import org.vangnet.base.domain.DomainException;

/**
 * The case does not exist or lies outside the user's scope. Both read the same, so nobody learns
 * that a case exists by guessing its number.
 */
public class CaseNotAccessibleException extends DomainException {

    public CaseNotAccessibleException() {
        super("case.not-accessible");
    }
}
