package org.vangnet.sextortion;

import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.cases.CaseAccess;
import org.vangnet.security.CurrentUser;
import org.vangnet.sextortion.SextortionEvents.ExtorterAdded;
import org.vangnet.sextortion.SextortionEvents.ExtorterDescribed;
import org.vangnet.sextortion.SextortionEvents.ExtorterMatched;
import org.vangnet.sextortion.SextortionEvents.IdentifierRecorded;
import org.vangnet.sextortion.SextortionEvents.IdentifierRemoved;

/**
 * Recording the extorters of a case and their identifiers. Identifiers are validated and normalised
 * once, through the domain primitives; an invalid one is refused with a message for its field and
 * nothing is saved. Every change is checked against the user's scope, audited, and on the timeline.
 */
@Service
public class ExtorterService {

    /** The longest name the client gives an extorter, and the longest note on them, in characters. */
    public static final int MAX_LABEL = 60;
    public static final int MAX_NOTES = 1000;

    static final String AUDIT_EXTORTER = "EXTORTER";
    static final String AUDIT_IDENTIFIER = "EXTORTER_IDENTIFIER";

    private final ExtorterRepository extorters;
    private final ExtorterIdentifierRepository identifiers;
    private final IdentifierMatching matching;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final FieldCipher cipher;
    private final Clock clock;

    ExtorterService(ExtorterRepository extorters, ExtorterIdentifierRepository identifiers, IdentifierMatching matching,
                    CaseAccess access, CurrentUser currentUser, ApplicationEventPublisher events, FieldCipher cipher, Clock clock) {
        this.cipher = cipher;
        this.extorters = extorters;
        this.identifiers = identifiers;
        this.matching = matching;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Adds an extorter to the case; {@code label} (how the client calls them) and {@code notes} may be empty. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long add(Long caseId, String label, String notes) {
        access.requireAccess(caseId);
        var extorter = extorters.save(new Extorter(caseId, label, notes, clock.instant(),
                currentUser.require().getUsername()));
        events.publishEvent(new ExtorterAdded(caseId, extorter.getId()));
        return extorter.getId();
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void describe(Long caseId, Long extorterId, long expectedVersion, String label, String notes) {
        access.requireAccess(caseId);
        var extorter = extorters.requireInCase(caseId, extorterId);
        ConcurrentChangeException.check(extorter, expectedVersion);
        extorter.describe(label, notes);
        events.publishEvent(new ExtorterDescribed(caseId, extorterId));
    }

    /**
     * Records an identifier of the extorter. When it also appears in other cases, that is said on
     * the timeline (as a count: which cases, the user may or may not be allowed to know).
     */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long addIdentifier(Long caseId, Long extorterId, NewIdentifier typed) {
        access.requireAccess(caseId);
        var extorter = extorters.requireInCase(caseId, extorterId);
        var normalised = NormalisedIdentifier.of(typed);
        String lookupHash = cipher.lookupHash(normalised.matchKey());
        if (identifiers.existsByExtorterIdAndKindAndLookupHash(extorterId, normalised.kind(), lookupHash)) {
            throw DomainException.onField("value", "validation.identifier.duplicate");
        }
        var identifier = identifiers.save(new ExtorterIdentifier(extorter, normalised, lookupHash, clock.instant(),
                currentUser.require().getUsername()));
        int otherCases = matching.otherCases(normalised.kind(), lookupHash, caseId);
        events.publishEvent(new IdentifierRecorded(caseId, extorterId, identifier.getId(), normalised.kind(),
                otherCases));
        if (otherCases > 0) {
            events.publishEvent(new ExtorterMatched(caseId, identifier.getId(), normalised.kind(), otherCases));
        }
        return identifier.getId();
    }

    /** Removes a wrongly recorded identifier (the right one is then added anew). */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void removeIdentifier(Long caseId, Long identifierId) {
        access.requireAccess(caseId);
        var identifier = identifiers.findById(identifierId).filter(i -> i.getCaseId().equals(caseId))
                .orElseThrow(() -> new DomainException("error.not-found"));
        identifiers.delete(identifier);
        events.publishEvent(new IdentifierRemoved(caseId, identifier.getExtorterId(), identifierId,
                identifier.getKind()));
    }
}
