package org.vangnet.base.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * An aggregate that says itself what happened to it: a named state change registers its past-tense
 * event, and Spring Data publishes the registered events when the repository's {@code save} is
 * called, synchronously and so in the caller's transaction. The service then no longer assembles the
 * event, and no change can be made without it.
 */
@MappedSuperclass
public abstract class AbstractAggregate extends AbstractEntity {

    @Transient
    private final transient List<Object> domainEvents = new ArrayList<>();

    /** Registers an event to be published when the aggregate is next saved. */
    protected <T> T registerEvent(T event) {
        domainEvents.add(event);
        return event;
    }

    @DomainEvents
    protected Collection<Object> domainEvents() {
        return List.copyOf(domainEvents);
    }

    @AfterDomainEventPublication
    protected void clearDomainEvents() {
        domainEvents.clear();
    }
}
