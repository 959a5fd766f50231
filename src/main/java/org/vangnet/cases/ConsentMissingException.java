package org.vangnet.cases;

import org.vangnet.base.domain.DomainException;

/** An action on the client's behalf was attempted without their consent; the message names which. */
public class ConsentMissingException extends DomainException {

    private final ConsentAction action;

    public ConsentMissingException(ConsentAction action) {
        super("validation.consent.missing." + action.name());
        this.action = action;
    }

    public ConsentAction action() {
        return action;
    }
}
