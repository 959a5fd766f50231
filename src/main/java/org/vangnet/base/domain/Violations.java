package org.vangnet.base.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks several rules of one input and reports every broken one together, so a form that is
 * submitted empty says everything that is missing at once instead of one field per try.
 */
public final class Violations {

    private final List<DomainException> found = new ArrayList<>();

    /** Runs a rule that returns a cleaned value; {@code null} when it was refused (the refusal is kept). */
    public <T> T check(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (DomainException e) {
            found.addAll(e.all());
            return null;
        }
    }

    public void check(Runnable rule) {
        check(() -> {
            rule.run();
            return null;
        });
    }

    public void add(DomainException problem) {
        found.addAll(problem.all());
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws all that was found as one {@link DomainException}; does nothing when every rule held. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw DomainException.allOf(List.copyOf(found));
        }
    }
}
