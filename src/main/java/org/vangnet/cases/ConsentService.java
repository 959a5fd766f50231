package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.domain.DomainException;
import org.vangnet.cases.CaseEvents.ConsentRecorded;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.UserDirectory;

/**
 * The client decides what happens. Consent is recorded per kind of action; other modules ask
 * {@link #require(Long, ConsentAction)} before acting on the client's behalf.
 */
@Service
public class ConsentService {

    private final ConsentRepository consents;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UserDirectory users;

    ConsentService(ConsentRepository consents, CaseAccess access, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock, UserDirectory users) {
        this.users = users;
        this.consents = consents;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Records that the client gave ({@code given}) or withdrew consent for an action. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void record(Long caseId, ConsentAction action, boolean given, ConsentForm how) {
        access.requireAccess(caseId);
        if (action == null) {
            throw DomainException.onField("action", "validation.required");
        }
        if (how == null) {
            throw DomainException.onField("how", "validation.required");
        }
        var saved = consents.save(new Consent(caseId, action, given, how, clock.instant(),
                currentUser.require().getUsername()));
        // Its timeline and audit lines are written by the record keeper, in this transaction.
        events.publishEvent(new ConsentRecorded(caseId, action, given, how, saved.getId()));
    }

    /** The latest word per kind of action; kinds never asked about are absent. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public Map<ConsentAction, ConsentState> current(Long caseId) {
        access.requireAccess(caseId);
        Map<ConsentAction, ConsentState> states = new EnumMap<>(ConsentAction.class);
        var latest = consents.findLatestPerAction(caseId);
        // The screen names colleagues as everywhere else ("Lotte Peeters"), not by their sign-in name.
        Map<String, String> names = users.displayNamesByUsername(latest.stream().map(Consent::recordedBy).toList());
        latest.forEach(c -> states.put(c.action(), c.toState(names.getOrDefault(c.recordedBy(), c.recordedBy()))));
        return states;
    }

    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public boolean holds(Long caseId, ConsentAction action) {
        return current(caseId).getOrDefault(action, null) instanceof ConsentState state && state.given();
    }

    /** Throws {@link ConsentMissingException}, naming the consent, unless the client's consent holds. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public void require(Long caseId, ConsentAction action) {
        if (!holds(caseId, action)) {
            throw new ConsentMissingException(action);
        }
    }
}
