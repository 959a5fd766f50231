package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_APPROVE_CLOSING;
import static org.vangnet.security.Permissions.CASE_REASSIGN;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.EmailAddress;
import org.vangnet.base.domain.PhoneNumber;
import org.vangnet.base.domain.Texts;
import org.vangnet.base.domain.Violations;
import org.vangnet.cases.CaseEvents.CaseAssigned;
import org.vangnet.cases.CaseEvents.CaseOpened;
import org.vangnet.cases.CaseEvents.CaseStatusChanged;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.StepUp;
import org.vangnet.security.UserDirectory;

/**
 * Opening a case and moving it through its life. Every change is checked against the user's scope;
 * each publishes what happened as a {@link CaseActivity}, which the record keeper puts on the case's
 * timeline and in the audit trail in the same transaction.
 */
@Service
public class CaseService {

    private final CaseFileRepository cases;
    private final CaseReferences references;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final EvidenceService evidence;
    private final FieldCipher cipher;
    private final StepUp stepUp;
    private final Clock clock;

    CaseService(CaseFileRepository cases, CaseReferences references, CaseAccess access,
                CurrentUser currentUser, UserDirectory directory,
                ApplicationEventPublisher events, JdbcTemplate jdbc, EvidenceService evidence, FieldCipher cipher,
                StepUp stepUp, Clock clock) {
        this.cipher = cipher;
        this.stepUp = stepUp;
        this.cases = cases;
        this.references = references;
        this.access = access;
        this.currentUser = currentUser;
        this.directory = directory;
        this.events = events;
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Opens a case in the user's team, assigned to the user. Returns its id. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long open(NewCase request) {
        var user = currentUser.require();
        if (user.teamId() == null) {
            throw new DomainException("validation.case.team-required");
        }
        // Contact details and the rest are checked together, so the form shows every problem at once.
        var problems = new Violations();
        var contacts = problems.check(() -> hashed(normalise(request.client().contacts())));
        var opened = problems.check(() -> new CaseFile(references.next(), request,
                contacts == null ? List.of() : contacts, user.teamId(), user.id(), user.getUsername(), clock.instant()));
        problems.throwIfAny();
        var file = cases.save(opened);
        events.publishEvent(new CaseOpened(file.getId(), file.getReference(), file.getTeamId(), user.id(),
                file.getOpenedAt(), file.getIntakeChannel()));
        return file.getId();
    }

    /**
     * Changes what is known of the client and what happened, in one go. A case that now turns out
     * to involve a minor says so on its timeline.
     */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void edit(Long caseId, long expectedVersion, ClientDetails client, Set<HarmKind> harms, String summary) {
        var file = loadForChange(caseId, expectedVersion);
        boolean wasMinor = file.isMinorInvolved();
        var problems = new Violations();
        var contacts = problems.check(() -> hashed(normalise(client.contacts())));
        if (contacts != null) {
            problems.check(() -> file.updateClient(client, contacts, clock.instant()));
        }
        problems.check(() -> file.changeHarms(harms));
        problems.check(() -> file.describe(summary));
        // All problems together; the transaction rolls back, so a half-applied edit is never stored.
        problems.throwIfAny();
        events.publishEvent(new CaseEvents.ClientDetailsChanged(caseId, file.getHarms()));
        if (!wasMinor && file.isMinorInvolved()) {
            events.publishEvent(new CaseEvents.MinorFlagged(caseId));
        }
        if (!file.filesAllowed()) {
            cases.flush();
            evidence.removeFilesOf(caseId);
        }
    }

    /**
     * Moves the case to another status. A waiting case needs {@code waitingOn}, a closed one a
     * {@code reason}; what the process does not allow is refused with a message saying so.
     */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void changeStatus(Long caseId, long expectedVersion, CaseStatus target, WaitingOn waitingOn,
                             ClosingReason reason) {
        var file = loadForChange(caseId, expectedVersion);
        // The case registers CaseStatusChanged; saving publishes it: its timeline and audit lines
        // (CaseRecordKeeper) and the follow-ups it closes, in this transaction.
        file.moveTo(target, waitingOn, reason, clock.instant());
        cases.save(file);
        var me = currentUser.require();
        if (target == CaseStatus.CLOSED && me.hasPermission(CASE_APPROVE_CLOSING)) {
            // A supervisor who closes a case approves that closing at the same time.
            approve(file, me.getUsername());
        }
    }

    /**
     * A supervisor of the case's team approves a closing a counsellor made; until then the case shows
     * as awaiting approval and is listed under "closings to approve". To disagree, reopen the case.
     */
    @PreAuthorize("hasAuthority('" + CASE_APPROVE_CLOSING + "')")
    @Transactional
    public void approveClosing(Long caseId, long expectedVersion) {
        approve(loadForChange(caseId, expectedVersion), currentUser.require().getUsername());
    }

    private void approve(CaseFile file, String by) {
        file.approveClosing(by, clock.instant());
        events.publishEvent(new CaseEvents.ClosingApproved(file.getId()));
    }

    /** The signed-in counsellor takes the case on. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void assignToMe(Long caseId, long expectedVersion) {
        assign(loadForChange(caseId, expectedVersion), currentUser.require().id());
    }

    /** A supervisor gives the case to another counsellor of the same team. */
    @PreAuthorize("hasAuthority('" + CASE_REASSIGN + "')")
    @Transactional
    public void reassign(Long caseId, long expectedVersion, Long counsellorId) {
        var file = loadForChange(caseId, expectedVersion);
        if (counsellorId == null || !directory.isActiveMemberOf(counsellorId, file.getTeamId())) {
            throw DomainException.onField("counsellor", "validation.case.assignee-not-in-team");
        }
        assign(file, counsellorId);
    }

    /**
     * A supervisor gives several cases, picked in the case list, to one counsellor of their team.
     * {@code expectedVersions} holds each case's version as the list showed it: a case changed since
     * then is left as it is and reported back, so nobody's change is silently overwritten; a case
     * already with that counsellor is left alone. Each reassignment is on its case's timeline and
     * in the audit trail, as when done from the case file. Needs a recent second factor (decision 021).
     */
    @PreAuthorize("hasAuthority('" + CASE_REASSIGN + "')")
    @Transactional
    public BulkReassignment reassignAll(Map<Long, Long> expectedVersions, Long counsellorId) {
        if (expectedVersions.isEmpty()) {
            throw DomainException.onField("cases", "validation.case.none-selected");
        }
        if (expectedVersions.size() > BulkReassignment.MAX_CASES) {
            throw DomainException.onField("cases", "validation.case.too-many-selected");
        }
        stepUp.require();
        List<String> reassigned = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (var entry : new java.util.TreeMap<>(expectedVersions).entrySet()) {
            access.requireAccess(entry.getKey());
            var file = cases.findById(entry.getKey()).orElseThrow(CaseNotAccessibleException::new);
            if (counsellorId == null || !directory.isActiveMemberOf(counsellorId, file.getTeamId())) {
                throw DomainException.onField("counsellor", "validation.case.assignee-not-in-team");
            }
            if (file.getVersion() != entry.getValue()) {
                changed.add(file.getReference());
            } else if (!counsellorId.equals(file.getCounsellorId())) {
                assign(file, counsellorId);
                reassigned.add(file.getReference());
            }
        }
        return new BulkReassignment(reassigned, changed);
    }

    /** Lets a colleague of the team see and work on the case too. */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void shareWith(Long caseId, Long colleagueId) {
        access.requireAccess(caseId);
        var file = cases.findById(caseId).orElseThrow(CaseNotAccessibleException::new);
        if (colleagueId == null || !directory.isActiveMemberOf(colleagueId, file.getTeamId())) {
            throw DomainException.onField("colleague", "validation.case.assignee-not-in-team");
        }
        int added = jdbc.update("""
                insert into case_share (case_id, user_id, shared_at, shared_by) values (?, ?, ?, ?)
                on conflict do nothing""", caseId, colleagueId, java.sql.Timestamp.from(clock.instant()),
                currentUser.require().getUsername());
        if (added > 0) {
            String name = directory.displayNames(List.of(colleagueId)).getOrDefault(colleagueId, "");
            events.publishEvent(new CaseEvents.CaseShared(caseId, colleagueId, name));
        }
    }

    /**
     * Another module learned of a running deadline (an extorter's, say): the case is flagged and
     * becomes urgent, with an entry on its timeline. A deadline that is not in the future changes
     * nothing. Returns whether the case was flagged now (false when it already was).
     */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public boolean markDeadlineRunning(Long caseId, Instant deadline) {
        access.requireAccess(caseId);
        if (deadline == null || !deadline.isAfter(clock.instant())) {
            return false;
        }
        var file = cases.findById(caseId).orElseThrow(CaseNotAccessibleException::new);
        if (!file.markDeadlineRunning(clock.instant())) {
            return false;
        }
        events.publishEvent(new CaseEvents.DeadlineRunning(caseId, file.getPriority()));
        return true;
    }

    private void assign(CaseFile file, Long counsellorId) {
        file.assignTo(counsellorId, clock.instant());
        String name = directory.displayNames(List.of(counsellorId)).getOrDefault(counsellorId, "");
        // Its timeline and audit lines are written by the record keeper, in this transaction.
        events.publishEvent(new CaseAssigned(file.getId(), counsellorId, name));
    }

    private CaseFile loadForChange(Long caseId, long expectedVersion) {
        access.requireAccess(caseId);
        var file = cases.findById(caseId).orElseThrow(CaseNotAccessibleException::new);
        ConcurrentChangeException.check(file, expectedVersion);
        return file;
    }

    /** Phone numbers to E.164 and e-mail addresses to lower case, so a returning client is recognised. */
    private List<ClientContact> hashed(List<ClientContact> contacts) {
        contacts.forEach(contact -> contact.hashedWith(cipher));
        return contacts;
    }

    static List<ClientContact> normalise(List<ContactDetail> details) {
        List<ClientContact> contacts = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            var detail = details.get(i);
            if (detail.kind() == null) {
                throw DomainException.onField("contacts", "validation.required");
            }
            String field = "contact." + i;
            String value = switch (detail.kind()) {
                case PHONE -> PhoneNumber.parse(field, detail.value()).e164();
                case EMAIL -> EmailAddress.parse(field, detail.value()).value();
                case OTHER -> {
                    String other = Texts.line(field, detail.value(), 200);
                    if (other == null) {
                        throw DomainException.onField(field, "validation.case.contact-other");
                    }
                    yield other;
                }
            };
            contacts.add(new ClientContact(detail.kind(), value, detail.safeToCall(), detail.safeVoicemail(),
                    detail.safeToWrite()));
        }
        return contacts;
    }
}
