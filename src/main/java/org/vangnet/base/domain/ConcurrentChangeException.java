package org.vangnet.base.domain;

/**
 * Someone else saved the same record after it was loaded for editing. The user is told to reload;
 * their input stays on the screen and nothing is overwritten.
 */
public class ConcurrentChangeException extends DomainException {

    public static final String KEY = "error.concurrent-change";

    public ConcurrentChangeException() {
        super(KEY);
    }

    /** Throws unless the entity is still at the version the editor started from. */
    public static void check(AbstractEntity entity, long expectedVersion) {
        if (entity.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
    }
}
