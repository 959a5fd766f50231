package org.vangnet.spreaders;

/**
 * Whether the person was asked to delete the images, and what came of it. Every state but
 * {@link #NOT_ASKED} has a date and someone who asked.
 */
public enum DeletionRequest {
    NOT_ASKED, ASKED, DELETED, REFUSED, NO_ANSWER;

    public boolean asked() {
        return this != NOT_ASKED;
    }
}
