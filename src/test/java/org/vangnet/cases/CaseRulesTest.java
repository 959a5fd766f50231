package org.vangnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vangnet.base.domain.DomainException;

/** The case rules that hold without a database: statuses, priority, the client's ages, evidence files. */
class CaseRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-06-16T08:30:00Z");

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    // --- status ----------------------------------------------------------------------------------

    @Test
    void eachStatusMayMoveOnlyToTheStatusesTheProcessAllows() {
        assertThat(CaseStatus.NEW.next()).containsExactlyInAnyOrder(CaseStatus.ACTIVE, CaseStatus.CLOSED);
        assertThat(CaseStatus.ACTIVE.next()).containsExactlyInAnyOrder(CaseStatus.WAITING, CaseStatus.CLOSED);
        assertThat(CaseStatus.WAITING.next()).containsExactlyInAnyOrder(CaseStatus.ACTIVE, CaseStatus.CLOSED);
        assertThat(CaseStatus.CLOSED.next()).containsExactly(CaseStatus.REOPENED);
        assertThat(CaseStatus.REOPENED.next())
                .containsExactlyInAnyOrder(CaseStatus.ACTIVE, CaseStatus.WAITING, CaseStatus.CLOSED);
    }

    @Test
    void noStatusMayMoveToItselfOrBackToNew() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
            assertThat(status.canMoveTo(CaseStatus.NEW)).as(status.name()).isFalse();
        }
    }

    @Test
    void aNewCaseMayBecomeActiveButAClosedCaseMustBeReopenedFirst() {
        assertThat(CaseStatus.NEW.canMoveTo(CaseStatus.ACTIVE)).isTrue();
        assertThat(CaseStatus.CLOSED.canMoveTo(CaseStatus.ACTIVE)).isFalse();
        assertThat(CaseStatus.CLOSED.canMoveTo(CaseStatus.REOPENED)).isTrue();
        assertThat(CaseStatus.CLOSED.isOpen()).isFalse();
        assertThat(EnumSet.complementOf(EnumSet.of(CaseStatus.CLOSED))).allMatch(CaseStatus::isOpen);
    }

    @Test
    void movingACaseChecksTheTransitionAndRecordsForWhomItWaitsAndWhyItClosed() {
        var file = caseFor(adult("Mira"));

        assertThatThrownBy(() -> file.moveTo(CaseStatus.WAITING, WaitingOn.CLIENT, null, LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.case.transition");
                    assertThat(e.arguments()).containsExactly("NEW", "WAITING");
                });
        assertThat(file.getStatus()).isEqualTo(CaseStatus.NEW);

        file.moveTo(CaseStatus.ACTIVE, null, null, LATER);
        assertThat(file.getStatus()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(file.getLastActivityAt()).isEqualTo(LATER);

        file.moveTo(CaseStatus.WAITING, WaitingOn.PLATFORM, null, LATER);
        assertThat(file.getWaitingOn()).isEqualTo(WaitingOn.PLATFORM);

        file.moveTo(CaseStatus.CLOSED, WaitingOn.PLATFORM, ClosingReason.RESOLVED, LATER);
        assertThat(file.getWaitingOn()).as("a closed case waits for nobody").isNull();
        assertThat(file.getClosingReason()).isEqualTo(ClosingReason.RESOLVED);
        assertThat(file.getClosedAt()).isEqualTo(LATER);

        file.moveTo(CaseStatus.REOPENED, null, null, LATER.plusSeconds(60));
        assertThat(file.getClosingReason()).isNull();
        assertThat(file.getClosedAt()).isNull();
    }

    @Test
    void aWaitingCaseMustSayForWhomItWaits() {
        var file = caseFor(adult("Mira"));
        file.moveTo(CaseStatus.ACTIVE, null, null, LATER);

        assertThatThrownBy(() -> file.moveTo(CaseStatus.WAITING, null, null, LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("waitingOn");
                    assertThat(e.messageKey()).isEqualTo("validation.case.waiting-on-required");
                });
        assertThat(file.getStatus()).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    void aClosedCaseMustSayWhyItClosed() {
        var file = caseFor(adult("Mira"));

        assertThatThrownBy(() -> file.moveTo(CaseStatus.CLOSED, null, null, LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("closingReason");
                    assertThat(e.messageKey()).isEqualTo("validation.case.closing-reason-required");
                });
        assertThat(file.getStatus()).isEqualTo(CaseStatus.NEW);
        assertThat(file.getClosedAt()).isNull();
    }

    @Test
    void movingToNoStatusAtAllIsRefusedAsATransition() {
        var file = caseFor(adult("Mira"));
        assertThatThrownBy(() -> file.moveTo(null, null, null, LATER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.case.transition"));
    }

    // --- priority --------------------------------------------------------------------------------

    @Test
    void aSelfHarmConcernOrARunningDeadlineIsUrgentAMinorHighAndTheRestNormal() {
        assertThat(Priority.of(true, false, false)).isEqualTo(Priority.URGENT);
        assertThat(Priority.of(false, true, false)).isEqualTo(Priority.URGENT);
        assertThat(Priority.of(true, true, true)).isEqualTo(Priority.URGENT);
        assertThat(Priority.of(false, false, true)).isEqualTo(Priority.HIGH);
        assertThat(Priority.of(false, false, false)).isEqualTo(Priority.NORMAL);
    }

    @Test
    void priorityIsStoredAsARankWithTheMostUrgentFirst() {
        assertThat(Priority.URGENT.rank()).isZero();
        assertThat(Priority.NORMAL.rank()).isEqualTo(2);
        for (Priority priority : Priority.values()) {
            assertThat(Priority.ofRank(priority.rank())).isEqualTo(priority);
        }
    }

    @Test
    void theCasePriorityFollowsTheClientsRiskFlagsAndAge() {
        assertThat(caseFor(adult("Mira")).getPriority()).isEqualTo(Priority.NORMAL);
        assertThat(caseFor(client("Mira", 16, null, null, false)).getPriority()).isEqualTo(Priority.HIGH);
        var urgent = new ClientDetails("Mira", 16, null, null, null, false, false, true, List.of());
        assertThat(caseFor(urgent).getPriority()).isEqualTo(Priority.URGENT);

        var file = caseFor(adult("Mira"));
        file.updateClient(new ClientDetails("Mira", 25, null, 24, null, false, true, false, List.of()), List.of(), NOW);
        assertThat(file.getPriority()).isEqualTo(Priority.URGENT);
    }

    // --- the client ------------------------------------------------------------------------------

    @Test
    void aNewCaseStartsNewWithItsReferenceTeamCounsellorAndHarms() {
        var file = caseFor(adult("Mira"));
        assertThat(file.getReference()).isEqualTo("VN-2026-000001");
        assertThat(file.getStatus()).isEqualTo(CaseStatus.NEW);
        assertThat(file.getTeamId()).isEqualTo(1L);
        assertThat(file.getCounsellorId()).isEqualTo(2L);
        assertThat(file.getOpenedAt()).isEqualTo(NOW);
        assertThat(file.getLastActivityAt()).isEqualTo(NOW);
        assertThat(file.getHarms()).containsExactly(HarmKind.LEAKED_IMAGES);
    }

    @Test
    void aCaseNeedsAnIntakeChannelAndAtLeastOneHarm() {
        assertThatThrownBy(() -> new CaseFile("VN-2026-000001", new NewCase(null, adult("Mira"),
                Set.of(HarmKind.SEXTORTION), null), List.of(), 1L, 2L, "lotte", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("channel"));
        assertThatThrownBy(() -> new CaseFile("VN-2026-000001", new NewCase(IntakeChannel.CHAT, adult("Mira"),
                Set.of(), null), List.of(), 1L, 2L, "lotte", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("harms");
                    assertThat(e.messageKey()).isEqualTo("validation.case.harm-required");
                });
    }

    @Test
    void theAliasIsTrimmed() {
        assertThat(caseFor(adult("  Mira  ")).getClientAlias()).isEqualTo("Mira");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void anEmptyAliasIsRefusedOnItsField(String alias) {
        assertThatThrownBy(() -> caseFor(adult(alias)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("alias");
                    assertThat(e.messageKey()).isEqualTo("validation.case.alias-required");
                });
    }

    @Test
    void aMissingAliasIsRefusedOnItsField() {
        assertThatThrownBy(() -> caseFor(adult(null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("alias"));
    }

    @Test
    void anAliasMayHaveSixtyCharactersNotMoreSpacesAroundItNotCounted() {
        assertThat(caseFor(adult(" " + "a".repeat(60) + " ")).getClientAlias()).hasSize(60);
        assertThatThrownBy(() -> caseFor(adult("a".repeat(61))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("alias");
                    assertThat(e.messageKey()).isEqualTo("validation.too-long");
                    assertThat(e.arguments()).containsExactly(60);
                });
    }

    @Test
    void agesRangeFromZeroToAHundredAndTwenty() {
        assertThat(caseFor(client("Baby", 0, null, null, false)).clientDetails().ageNow()).isZero();
        assertThat(caseFor(client("Old", 120, null, 120, false)).clientDetails().ageAtImages()).isEqualTo(120);
        assertThatThrownBy(() -> caseFor(client("Mira", -1, null, null, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("ageNow");
                    assertThat(e.messageKey()).isEqualTo("validation.case.age");
                });
        assertThatThrownBy(() -> caseFor(client("Mira", 121, null, null, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("ageNow"));
        assertThatThrownBy(() -> caseFor(client("Mira", null, null, 121, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("ageAtImages"));
        assertThatThrownBy(() -> caseFor(client("Mira", null, null, -3, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("ageAtImages"));
    }

    @Test
    void theBirthYearMayDifferFromTheAgeByOneYearBecauseTheBirthdayMayNotHaveComeYet() {
        assertThat(caseFor(client("Mira", 30, 1996, null, false)).clientDetails().birthYear()).isEqualTo(1996);
        assertThat(caseFor(client("Mira", 30, 1995, null, false)).clientDetails().birthYear()).isEqualTo(1995);
        assertThat(caseFor(client("Mira", 30, 1997, null, false)).clientDetails().birthYear()).isEqualTo(1997);
        assertThatThrownBy(() -> caseFor(client("Mira", 30, 1990, null, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("birthYear");
                    assertThat(e.messageKey()).isEqualTo("validation.case.birth-year-mismatch");
                });
    }

    @Test
    void aBirthYearInTheFutureOrMoreThanAHundredAndTwentyYearsAgoIsRefused() {
        assertThatThrownBy(() -> caseFor(client("Mira", null, 2027, null, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("birthYear");
                    assertThat(e.messageKey()).isEqualTo("validation.case.birth-year");
                });
        assertThatThrownBy(() -> caseFor(client("Mira", null, 1905, null, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("birthYear"));
        assertThat(caseFor(client("Mira", null, 1906, null, false)).isMinorInvolved()).isFalse();
    }

    @Test
    void theAgeWhenTheImagesWereMadeCannotBeAboveTheAgeNow() {
        assertThatThrownBy(() -> caseFor(client("Mira", 20, null, 21, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("ageAtImages");
                    assertThat(e.messageKey()).isEqualTo("validation.case.age-at-images-future");
                });
        assertThatThrownBy(() -> caseFor(client("Mira", null, 2006, 21, false)))
                .as("the age now follows from the birth year when not given")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("ageAtImages"));
        assertThat(caseFor(client("Mira", 20, null, 20, false)).clientDetails().ageAtImages()).isEqualTo(20);
    }

    @Test
    void aMinorIsInvolvedWhenTheClientIsUnderEighteenNowOrWasWhenTheImagesWereMadeOrIsMarkedSo() {
        assertThat(caseFor(client("Mira", 16, null, null, false)).isMinorInvolved()).isTrue();
        assertThat(caseFor(client("Mira", 17, null, 17, false)).isMinorInvolved()).isTrue();
        assertThat(caseFor(client("Mira", 25, null, 16, false)).isMinorInvolved()).isTrue();
        assertThat(caseFor(client("Mira", null, 2012, null, false)).isMinorInvolved())
                .as("fourteen, going by the birth year").isTrue();
        assertThat(caseFor(client("Mira", null, null, null, true)).isMinorInvolved()).isTrue();
        assertThat(caseFor(client("Mira", 25, null, 24, true)).isMinorInvolved()).isTrue();

        assertThat(caseFor(client("Mira", 18, null, 18, false)).isMinorInvolved()).isFalse();
        assertThat(caseFor(client("Mira", 25, null, 24, false)).isMinorInvolved()).isFalse();
        assertThat(caseFor(client("Mira", null, null, null, false)).isMinorInvolved()).isFalse();
    }

    @Test
    void filesAreAllowedOnlyForAnAdultWhoWasKnownToBeAnAdultWhenTheImagesWereMade() {
        assertThat(caseFor(client("Mira", 25, null, 24, false)).filesAllowed()).isTrue();
        assertThat(caseFor(client("Mira", 18, null, 18, false)).filesAllowed()).isTrue();
        assertThat(caseFor(client("Mira", null, null, 30, false)).filesAllowed()).isTrue();

        assertThat(caseFor(client("Mira", 25, null, null, false)).filesAllowed())
                .as("unknown age at the time counts as a possible minor").isFalse();
        assertThat(caseFor(client("Mira", 25, null, 17, false)).filesAllowed()).isFalse();
        assertThat(caseFor(client("Mira", 16, null, null, false)).filesAllowed()).isFalse();
        assertThat(caseFor(client("Mira", 25, null, 24, true)).filesAllowed())
                .as("the counsellor's minor flag wins over the ages").isFalse();
    }

    @Test
    void updatingTheClientReplacesTheDetailsAndRecomputesTheMinorFlagAndPriority() {
        var file = caseFor(client("Mira", 25, null, 24, false));
        assertThat(file.filesAllowed()).isTrue();

        file.updateClient(new ClientDetails(" Mira B ", 25, 2001, 15, "nl", false, false, false, List.of()),
                List.of(new ClientContact(ContactKind.PHONE, "+32470123456", true, false, false)), LATER);

        assertThat(file.getClientAlias()).isEqualTo("Mira B");
        assertThat(file.isMinorInvolved()).isTrue();
        assertThat(file.filesAllowed()).isFalse();
        assertThat(file.getPriority()).isEqualTo(Priority.HIGH);
        var details = file.clientDetails();
        assertThat(details.birthYear()).isEqualTo(2001);
        assertThat(details.language()).isEqualTo("nl");
        assertThat(details.contacts()).containsExactly(
                new ContactDetail(ContactKind.PHONE, "+32470123456", true, false, false));
    }

    @Test
    void aRefusedClientUpdateChangesNothing() {
        var file = caseFor(client("Mira", 25, null, 24, false));

        assertThatThrownBy(() -> file.updateClient(new ClientDetails("Other", 25, null, 30, null, false, false, false,
                List.of()), List.of(), LATER)).isInstanceOf(DomainException.class);

        assertThat(file.getClientAlias()).isEqualTo("Mira");
        assertThat(file.clientDetails().ageAtImages()).isEqualTo(24);
        assertThat(file.filesAllowed()).isTrue();
    }

    // --- evidence files --------------------------------------------------------------------------

    @Test
    void evidenceFilesAreRecognisedByTheirFirstBytes() {
        assertThat(EvidenceFileType.sniff(PNG)).contains(EvidenceFileType.PNG);
        assertThat(EvidenceFileType.sniff(JPEG)).contains(EvidenceFileType.JPEG);
        assertThat(EvidenceFileType.sniff(PDF)).contains(EvidenceFileType.PDF);
        assertThat(EvidenceFileType.PNG.mediaType()).isEqualTo("image/png");
        assertThat(EvidenceFileType.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(EvidenceFileType.PDF.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void aTextFileOrATooShortFileIsNoEvidenceType() {
        assertThat(EvidenceFileType.sniff("just some text, not an image".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidenceFileType.sniff(new byte[0])).isEmpty();
        assertThat(EvidenceFileType.sniff(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
        assertThat(EvidenceFileType.sniff("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void theNameMustCarryAnExtensionOfTheTypeTheContentHas() {
        assertThat(EvidenceFileType.PNG.matchesName("screenshot.png")).isTrue();
        assertThat(EvidenceFileType.PNG.matchesName("SCREENSHOT.PNG")).isTrue();
        assertThat(EvidenceFileType.JPEG.matchesName("photo.jpg")).isTrue();
        assertThat(EvidenceFileType.JPEG.matchesName("photo.jpeg")).isTrue();
        assertThat(EvidenceFileType.PDF.matchesName("payment.proof.pdf")).isTrue();

        var renamedPng = EvidenceFileType.sniff(PNG).orElseThrow();
        assertThat(renamedPng.matchesName("x.pdf")).as("a PNG renamed .pdf").isFalse();
        assertThat(EvidenceFileType.PNG.matchesName("png")).isFalse();
        assertThat(EvidenceFileType.PNG.matchesName("screenshot.png.exe")).isFalse();
        assertThat(EvidenceFileType.PNG.matchesName(null)).isFalse();
    }

    // --- contact details -------------------------------------------------------------------------

    @Test
    void phoneNumbersTypedInDifferentWaysAreStoredAsTheSameE164Number() {
        var contacts = CaseService.normalise(List.of(
                phone("+32 470 12 34 56"), phone("0470123456"), phone("0032470123456"), phone(" 0470/12.34.56 ")));

        assertThat(contacts).extracting(c -> c.toDetail().value()).containsOnly("+32470123456").hasSize(4);
    }

    @Test
    void safetyFlagsOfAContactAreKept() {
        var contact = CaseService.normalise(List.of(
                new ContactDetail(ContactKind.PHONE, "0470123456", false, true, true))).getFirst().toDetail();
        assertThat(contact).isEqualTo(new ContactDetail(ContactKind.PHONE, "+32470123456", false, true, true));
    }

    @Test
    void anInvalidPhoneNumberIsRefusedOnTheFieldOfItsPositionInTheList() {
        assertThatThrownBy(() -> CaseService.normalise(List.of(phone("12345"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("contact.0");
                    assertThat(e.messageKey()).isEqualTo("validation.phone.invalid");
                });
        assertThatThrownBy(() -> CaseService.normalise(List.of(phone("0470123456"), phone("12345"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("contact.1"));
    }

    @Test
    void eMailAddressesAreTrimmedAndLowerCased() {
        var contacts = CaseService.normalise(List.of(
                new ContactDetail(ContactKind.EMAIL, "  Mira.Peeters@Example.ORG ", false, false, true)));
        assertThat(contacts.getFirst().toDetail().value()).isEqualTo("mira.peeters@example.org");
    }

    @Test
    void anInvalidEMailAddressOrAnEmptyOtherContactOrAMissingKindIsRefused() {
        assertThatThrownBy(() -> CaseService.normalise(List.of(
                new ContactDetail(ContactKind.EMAIL, "mira@", false, false, false))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("contact.0");
                    assertThat(e.messageKey()).isEqualTo("validation.email.invalid");
                });
        assertThatThrownBy(() -> CaseService.normalise(List.of(
                new ContactDetail(ContactKind.OTHER, "  ", false, false, false))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.case.contact-other"));
        assertThatThrownBy(() -> CaseService.normalise(List.of(new ContactDetail(null, "x", false, false, false))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("contacts"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static ContactDetail phone(String typed) {
        return new ContactDetail(ContactKind.PHONE, typed, false, false, false);
    }

    private static ClientDetails adult(String alias) {
        return client(alias, 30, null, 28, false);
    }

    private static ClientDetails client(String alias, Integer ageNow, Integer birthYear, Integer ageAtImages,
                                        boolean minor) {
        return new ClientDetails(alias, ageNow, birthYear, ageAtImages, null, minor, false, false, List.of());
    }

    private static CaseFile caseFor(ClientDetails client) {
        return new CaseFile("VN-2026-000001", new NewCase(IntakeChannel.CHAT, client, Set.of(HarmKind.LEAKED_IMAGES),
                "Beelden verspreid in een klasgroep"), List.of(), 1L, 2L, "lotte", NOW);
    }
}
