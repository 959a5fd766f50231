package org.vangnet.takedowns;

import org.springframework.security.test.context.support.WithUserDetails;
import org.vangnet.security.StepUpRequiredException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;
import org.vangnet.cases.CaseNotAccessibleException;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ConsentAction;
import org.vangnet.cases.ConsentForm;
import org.vangnet.cases.ConsentMissingException;
import org.vangnet.cases.ConsentService;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.SignedIn;
import org.vangnet.base.time.HelplineZone;

/** Takedown requests through their life, as counsellors and institute staff use them. */
@SpringBootTest
class TakedownServiceIntegrationTest {

    @Autowired
    TakedownService takedowns;
    @Autowired
    EscalationQueue queue;
    @Autowired
    DsaNotices notices;
    @Autowired
    HashSubmissions hashes;
    @Autowired
    TakedownOutcomes outcomes;
    @Autowired
    CaseService cases;
    @Autowired
    ConsentService consents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    Clock clock;

    @Test
    void invalidIdentifiersSaveNothingThenValidRequestsOnDiscordXAndYouTubeAreCreated() {
        Long caseId = as("lotte", () -> openAdultCase("Discord X YouTube"));
        as("lotte", () -> {
            assertThatThrownBy(() -> takedowns.create(caseId, request("DISCORD", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.USER_ID, "12345"))))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("item.0"));
            assertThatThrownBy(() -> takedowns.create(caseId, request("X", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "ftp://x.com/a/status/1"))))
                    .isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> takedowns.create(caseId, request("YOUTUBE", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "https://www.youtube.com/@channel"))))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.takedown.youtube-video"));
            assertThat(takedowns.forCase(caseId)).isEmpty();

            takedowns.create(caseId, request("DISCORD", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.USER_ID, "80351110224678912")));
            takedowns.create(caseId, request("X", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "https://x.com/spreader/status/1790000000000000000")));
            takedowns.create(caseId, request("YOUTUBE", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "https://youtu.be/dQw4w9WgXcQ")));
            assertThat(takedowns.forCase(caseId)).extracting(TakedownView::platformName)
                    .containsExactlyInAnyOrder("Discord", "X (Twitter)", "YouTube");
        });
        assertThat(count("select count(*) from audit_event where action = 'CREATE' and object_type = 'TAKEDOWN' and actor = 'lotte'"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aRequestGoesFromSubmittedToRemovedWithItsMomentsStampedAndOnTheTimeline() {
        Long caseId = as("lotte", () -> openAdultCase("Tot verwijdering"));
        as("lotte", () -> {
            Long id = takedowns.create(caseId, request("INSTAGRAM", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "https://www.instagram.com/p/abc123/")));
            move(caseId, id, TakedownStatus.SUBMITTED, "IG-555", null);
            move(caseId, id, TakedownStatus.ACKNOWLEDGED, null, null);
            move(caseId, id, TakedownStatus.REMOVED, null, "Verwijderd: schending van de richtlijnen");

            var view = takedowns.forCase(caseId).getFirst();
            assertThat(view.status()).isEqualTo(TakedownStatus.REMOVED);
            assertThat(view.ticketNumber()).isEqualTo("IG-555");
            assertThat(view.submittedAt()).isNotNull();
            assertThat(view.removedAt()).isAfterOrEqualTo(view.submittedAt());
            assertThat(view.reappearanceCheckOn()).isEqualTo(today().plusDays(7));
            assertThat(takedowns.history(caseId, id)).extracting(TransitionView::to).containsExactly(
                    TakedownStatus.DRAFT, TakedownStatus.SUBMITTED, TakedownStatus.ACKNOWLEDGED, TakedownStatus.REMOVED);
            assertThatThrownBy(() -> move(caseId, id, TakedownStatus.SUBMITTED, null, null))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.takedown.transition"));
        });
        assertThat(count("select count(*) from case_timeline_entry where case_id = " + caseId
                + " and entry_type = 'TAKEDOWN'")).isEqualTo(4);
    }

    @Test
    void aRefusalCanBeAppealedWithinSixMonthsAndEscalatedOnlyWithConsentToShare() {
        Long caseId = as("lotte", () -> openAdultCase("Weigering"));
        Long id = as("lotte", () -> {
            Long created = takedowns.create(caseId, request("TIKTOK", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "https://www.tiktok.com/@spreader/video/7300000000000000000")));
            move(caseId, created, TakedownStatus.SUBMITTED, null, null);
            move(caseId, created, TakedownStatus.REFUSED, "TT-1", "Geen schending gevonden");
            assertThat(takedowns.forCase(caseId).getFirst().appealDeadline()).isEqualTo(today().plusMonths(6));
            move(caseId, created, TakedownStatus.APPEALED, null, null);
            assertThatThrownBy(() -> move(caseId, created, TakedownStatus.ESCALATED, null, null))
                    .isInstanceOfSatisfying(ConsentMissingException.class,
                            e -> assertThat(e.action()).isEqualTo(ConsentAction.SHARE_WITH_INSTITUTE));
            consents.record(caseId, ConsentAction.SHARE_WITH_INSTITUTE, true, ConsentForm.VERBAL);
            move(caseId, created, TakedownStatus.ESCALATED, null, null);
            return created;
        });

        as("nadia", () -> {
            var escalated = queue.find(PageRequest.of(0, 50)).getContent();
            assertThat(escalated).extracting(TakedownView::id).contains(id);
            var mine = escalated.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
            assertThat(mine.caseReference()).matches("VN-\\d{4}-\\d{6}");
            assertThat(mine.toString()).doesNotContain("Weigering");
            queue.recordOutcome(id, mine.version(), TakedownStatus.REMOVED, "IEFH-9", "Verwijderd na escalatie");
            assertThatThrownBy(() -> takedowns.forCase(caseId)).isInstanceOf(RuntimeException.class);
        });
        as("lotte", () -> assertThat(takedowns.forCase(caseId).getFirst().status()).isEqualTo(TakedownStatus.REMOVED));
    }

    @Test
    void theInstitutesQueueListsTheNewestEscalationFirstPageByPage() {
        Long caseId = as("lotte", () -> openAdultCase("Twee escalaties"));
        List<Long> escalated = as("lotte", () -> {
            consents.record(caseId, ConsentAction.SHARE_WITH_INSTITUTE, true, ConsentForm.VERBAL);
            List<Long> ids = new java.util.ArrayList<>();
            for (String video : List.of("7300000000000000001", "7300000000000000002")) {
                Long created = takedowns.create(caseId, request("TIKTOK", ReportRoute.WEB_FORM,
                        new TakedownItem(ItemKind.URL, "https://www.tiktok.com/@spreader/video/" + video)));
                move(caseId, created, TakedownStatus.SUBMITTED, null, null);
                move(caseId, created, TakedownStatus.ESCALATED, null, null);
                ids.add(created);
            }
            return ids;
        });

        as("nadia", () -> {
            var first = queue.find(PageRequest.of(0, 1));
            assertThat(first.getContent()).extracting(TakedownView::id).containsExactly(escalated.get(1));
            assertThat(first.getContent().getFirst().items()).extracting(TakedownItem::value)
                    .containsExactly("https://www.tiktok.com/@spreader/video/7300000000000000002");
            assertThat(first.hasNext()).isTrue();
            assertThat(queue.find(PageRequest.of(1, 1)).getContent()).extracting(TakedownView::id)
                    .containsExactly(escalated.get(0));
            assertThat(queue.find(PageRequest.of(0, 2)).getContent()).extracting(TakedownView::id)
                    .containsExactly(escalated.get(1), escalated.get(0));
        });
    }

    @Test
    void theInstituteSeesOnlyEscalatedRequests() {
        Long caseId = as("karim", () -> openAdultCase("Niet geëscaleerd"));
        Long notEscalated = as("karim", () -> takedowns.create(caseId, request("REDDIT", ReportRoute.WEB_FORM,
                new TakedownItem(ItemKind.URL, "https://www.reddit.com/r/x/comments/abc/"))));
        as("nadia", () -> {
            assertThat(queue.find(PageRequest.of(0, 500)).getContent()).extracting(TakedownView::id)
                    .doesNotContain(notEscalated);
            assertThatThrownBy(() -> queue.history(notEscalated)).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> notices.compose(notEscalated, Locale.ENGLISH)).isInstanceOf(DomainException.class);
        });
    }

    @Test
    void reportingInTheClientsNameNeedsTheirConsent() {
        Long caseId = as("lotte", () -> openAdultCase("In eigen naam"));
        as("lotte", () -> {
            var inClientsName = new NewTakedown(platform("FACEBOOK"), ReportRoute.WEB_FORM, OnBehalfOf.CLIENT,
                    List.of(new TakedownItem(ItemKind.URL, "https://www.facebook.com/some.post")), "Naaktfoto", true);
            assertThatThrownBy(() -> takedowns.create(caseId, inClientsName))
                    .isInstanceOfSatisfying(ConsentMissingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.consent.missing.REPORT_IN_CLIENT_NAME"));
            consents.record(caseId, ConsentAction.REPORT_IN_CLIENT_NAME, true, ConsentForm.WRITTEN);
            assertThat(takedowns.create(caseId, inClientsName)).isNotNull();
        });
    }

    @Test
    void aCounsellorOfAnotherTeamCannotTouchTheCasesTakedowns() {
        Long caseId = as("lotte", () -> openAdultCase("Ander team"));
        as("ines", () -> assertThatThrownBy(() -> takedowns.create(caseId, request("REDDIT", ReportRoute.WEB_FORM,
                new TakedownItem(ItemKind.URL, "https://www.reddit.com/r/x/"))))
                .isInstanceOf(CaseNotAccessibleException.class));
    }

    @Test
    void theDsaNoticeNamesTheItemsAndNotifierInTwoLanguagesAndLeavesTheNotifierOutForMinors() {
        Long adultCase = as("lotte", () -> openAdultCase("Melding volwassene"));
        Long minorCase = as("lotte", () -> cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Melding minderjarige",
                15, null, 15, null, false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null)));
        as("lotte", () -> {
            Long adult = takedowns.create(adultCase, request("OTHER_HOST", ReportRoute.DSA_NOTICE,
                    new TakedownItem(ItemKind.URL, "https://bad-host.example/album/42")));
            Long minor = takedowns.create(minorCase, request("OTHER_HOST", ReportRoute.DSA_NOTICE,
                    new TakedownItem(ItemKind.URL, "https://bad-host.example/album/43")));

            var dutch = notices.compose(adult, Locale.forLanguageTag("nl-BE"));
            var french = notices.compose(adult, Locale.FRENCH);
            assertThat(dutch.text()).contains("https://bad-host.example/album/42", "artikel 16", "te goeder trouw",
                    "Melder:");
            assertThat(french.text()).contains("https://bad-host.example/album/42", "bonne foi");
            assertThat(french.text()).isNotEqualTo(dutch.text());
            assertThat(dutch.text()).doesNotContain("Melding volwassene");

            var forMinor = notices.compose(minor, Locale.ENGLISH);
            assertThat(forMinor.text()).contains("https://bad-host.example/album/43").doesNotContain("Notifier:");
            assertThat(forMinor.fileName()).endsWith("-en.txt");
        });
    }

    @Test
    void aHashSubmissionKeepsTheCaseNumberRefusesAPinAndFitsTheClientsAge() {
        Long adultCase = as("lotte", () -> openAdultCase("Hash volwassene"));
        as("lotte", () -> {
            assertThatThrownBy(() -> hashes.record(adultCase, HashService.STOPNCII, "123456", 1, today()))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.hash.looks-like-pin"));
            assertThatThrownBy(() -> hashes.record(adultCase, HashService.TAKE_IT_DOWN, "TID-0001-AB", 1, today()))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.hash.take-it-down-minors-only"));
            hashes.record(adultCase, HashService.STOPNCII, "SNCII-2026-ABC123", 3, today());
            assertThat(hashes.forCase(adultCase)).singleElement().satisfies(s -> {
                assertThat(s.caseNumber()).isEqualTo("SNCII-2026-ABC123");
                assertThat(s.items()).isEqualTo(3);
            });
        });
    }

    @Test
    void theMedianAndNinetiethPercentileOfHoursToRemovalMatchTheKnownDurations() {
        Long caseId = as("lotte", () -> openAdultCase("Mediaan"));
        Long platformId = jdbc.queryForObject(
                "insert into platform (code, name, profile, routes, guidance_nl, guidance_fr, guidance_en, sort_order) "
                        + "values ('MEDIAN_TEST', 'Mediaan-platform', 'URL', 'WEB_FORM', 'x', 'x', 'x', 999) returning id",
                Long.class);
        Instant base = clock.instant().minus(5, ChronoUnit.DAYS);
        as("lotte", () -> {
            for (int hours : new int[] {2, 4, 10}) {
                Long id = takedowns.create(caseId, new NewTakedown(platformId, ReportRoute.WEB_FORM, OnBehalfOf.HELPLINE,
                        List.of(new TakedownItem(ItemKind.URL, "https://example.org/" + hours)), "Beeld", true));
                move(caseId, id, TakedownStatus.SUBMITTED, null, null);
                move(caseId, id, TakedownStatus.REMOVED, null, null);
                jdbc.update("update takedown_request set submitted_at = ?, removed_at = ? where id = ?",
                        java.sql.Timestamp.from(base), java.sql.Timestamp.from(base.plus(hours, ChronoUnit.HOURS)), id);
            }
            Long refused = takedowns.create(caseId, new NewTakedown(platformId, ReportRoute.WEB_FORM, OnBehalfOf.HELPLINE,
                    List.of(new TakedownItem(ItemKind.URL, "https://example.org/refused")), "Beeld", true));
            move(caseId, refused, TakedownStatus.SUBMITTED, null, null);
            move(caseId, refused, TakedownStatus.REFUSED, null, null);
            Long escalated = takedowns.create(caseId, new NewTakedown(platformId, ReportRoute.WEB_FORM,
                    OnBehalfOf.HELPLINE, List.of(new TakedownItem(ItemKind.URL, "https://example.org/escalated")),
                    "Beeld", true));
            move(caseId, escalated, TakedownStatus.SUBMITTED, null, null);
            move(caseId, escalated, TakedownStatus.REFUSED, null, null);
            consents.record(caseId, ConsentAction.SHARE_WITH_INSTITUTE, true, ConsentForm.VERBAL);
            move(caseId, escalated, TakedownStatus.ESCALATED, null, null);
        });

        var month = java.time.YearMonth.from(clock.instant().atZone(org.vangnet.base.time.HelplineZone.ZONE));
        var row = as("sofie", () -> outcomes.perPlatform(month, month, false)).stream()
                .filter(o -> o.platformId().equals(platformId)).findFirst().orElseThrow();

        assertThat(row.requests()).isEqualTo(5);
        assertThat(row.removed()).isEqualTo(3);
        // Refused and then escalated still counts as a refusal, and as pending with the institute.
        assertThat(row.refused()).isEqualTo(2);
        assertThat(row.pending()).isEqualTo(1);
        assertThat(row.removalRate()).isEqualTo(0.6);
        assertThat(row.medianHoursToRemoval()).isEqualTo(4.0);
        assertThat(row.p90HoursToRemoval()).isCloseTo(8.8, org.assertj.core.data.Offset.offset(0.001));
        assertThat(row.byStatus()).containsEntry(TakedownStatus.REMOVED, 3L).containsEntry(TakedownStatus.REFUSED, 1L);
    }

    @Test
    void theMonthlyFiguresKeptByTriggersEqualTheFiguresRebuiltFromTheRequests() {
        // Decision 032: what the triggers keep step by step must be what a recount from scratch gives.
        Long caseId = as("lotte", () -> openAdultCase("Maandcijfers"));
        as("lotte", () -> {
            Long removed = takedowns.create(caseId, request("INSTAGRAM", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "https://www.instagram.com/p/maand1/")));
            move(caseId, removed, TakedownStatus.SUBMITTED, null, null);
            move(caseId, removed, TakedownStatus.REMOVED, null, null);
            move(caseId, removed, TakedownStatus.REAPPEARED, null, null);
            Long refused = takedowns.create(caseId, request("INSTAGRAM", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "https://www.instagram.com/p/maand2/")));
            move(caseId, refused, TakedownStatus.SUBMITTED, null, null);
            move(caseId, refused, TakedownStatus.REFUSED, null, null);
            move(caseId, refused, TakedownStatus.APPEALED, null, null);
            takedowns.create(caseId, request("INSTAGRAM", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "https://www.instagram.com/p/maand3/")));
            // The case turns out to be sextortion too: its notices now count under both kinds.
            long version = jdbc.queryForObject("select version from case_file where id = ?", Long.class, caseId);
            cases.edit(caseId, version, new ClientDetails("Maandcijfers", 27, null, 26, null, false, false, false,
                    List.of()), Set.of(HarmKind.LEAKED_IMAGES, HarmKind.SEXTORTION), null);
        });
        assertThat(jdbc.queryForList("select distinct harm_kinds from takedown_request where case_id = ?", String.class,
                caseId)).containsExactly("LEAKED_IMAGES,SEXTORTION");
        assertThat(jdbc.queryForObject("""
                select count(*) from takedown_request where case_id = ? and ever_refused and status = 'APPEALED'""",
                Long.class, caseId)).isEqualTo(1);

        var kept = monthlyFigures();
        jdbc.execute("select takedown_figures_rebuild()");

        assertThat(kept).isEqualTo(monthlyFigures()).isNotEmpty();
    }

    /** The three tables of monthly figures as text, without rows the triggers brought back to zero. */
    private List<String> monthlyFigures() {
        return jdbc.queryForList("""
                select 'o ' || month || ' ' || platform_id || ' ' || route || ' ' || status || ' ' || requests || ' '
                       || decided || ' ' || removed || ' ' || refused || ' ' || reappeared
                from takedown_outcome_monthly where (requests, decided, removed, refused, reappeared) <> (0, 0, 0, 0, 0)
                union all
                select 'h ' || month || ' ' || platform_id || ' ' || route || ' ' || hours || ' ' || removals
                from takedown_removal_hours_monthly where removals <> 0
                union all
                select 'n ' || month || ' ' || platform_id || ' ' || status || ' ' || content_type || ' ' || notices || ' '
                       || counted_once
                from takedown_notice_monthly where (notices, counted_once) <> (0, 0)
                order by 1""", String.class);
    }

    @Test
    void aTicketOrDecisionWithACharacterThatCannotBeStoredIsRefusedOnItsFieldAndTheRequestStaysAsItWas() {
        Long caseId = as("lotte", () -> openAdultCase("Rare tekens"));
        as("lotte", () -> {
            Long id = takedowns.create(caseId, request("INSTAGRAM", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "https://www.instagram.com/p/odd123/")));
            assertThatThrownBy(() -> move(caseId, id, TakedownStatus.SUBMITTED, "IG-\u0000-1", null))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.field()).isEqualTo("ticket");
                        assertThat(e.messageKey()).isEqualTo(Texts.INVALID_CHARACTER);
                    });
            assertThatThrownBy(() -> move(caseId, id, TakedownStatus.SUBMITTED, null, "Half \uD83D emoji"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("decision"));
            assertThatThrownBy(() -> move(caseId, id, TakedownStatus.SUBMITTED, null, "\u202Eetisiv"))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(Texts.DIRECTION_CONTROL));
            assertThat(takedowns.forCase(caseId).getFirst().status()).isEqualTo(TakedownStatus.DRAFT);

            move(caseId, id, TakedownStatus.SUBMITTED, "  IG-\t777\r\n", "Cafe\u0301 gemeld\r\nregel twee");

            var view = takedowns.forCase(caseId).getFirst();
            assertThat(view.ticketNumber()).isEqualTo("IG- 777");
            assertThat(view.decisionText()).isEqualTo("Café gemeld\nregel twee");
            return null;
        });
    }

    private Long openAdultCase(String alias) {
        return cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails(alias, 27, null, 26, null, false, false,
                false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
    }

    private NewTakedown request(String platformCode, ReportRoute route, TakedownItem... items) {
        return new NewTakedown(platform(platformCode), route, OnBehalfOf.HELPLINE, List.of(items),
                "Intieme foto zonder toestemming", false);
    }

    private Long platform(String code) {
        return jdbc.queryForObject("select id from platform where code = ?", Long.class, code);
    }

    private void move(Long caseId, Long id, TakedownStatus target, String ticket, String decision) {
        long version = jdbc.queryForObject("select version from takedown_request where id = ?", Long.class, id);
        takedowns.changeStatus(caseId, id, version, target, ticket, decision);
    }

    private LocalDate today() {
        return clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    @WithUserDetails("lotte")
    void escalatingToTheInstituteNeedsARecentSecondFactor() {
        Long caseId = as("lotte", () -> openAdultCase("Stap"));
        Long id = as("lotte", () -> {
            Long created = takedowns.create(caseId, request("TIKTOK", ReportRoute.WEB_FORM,
                    new TakedownItem(ItemKind.URL, "https://www.tiktok.com/@spreader/video/7300000000000000001")));
            move(caseId, created, TakedownStatus.SUBMITTED, null, null);
            move(caseId, created, TakedownStatus.REFUSED, "TT-2", null);
            consents.record(caseId, ConsentAction.SHARE_WITH_INSTITUTE, true, ConsentForm.VERBAL);
            return created;
        });

        assertThatThrownBy(() -> move(caseId, id, TakedownStatus.ESCALATED, null, null))
                .isInstanceOf(StepUpRequiredException.class);

        assertThat(as("lotte", () -> takedowns.forCase(caseId)).getFirst().status()).isEqualTo(TakedownStatus.REFUSED);
    }

    private <T> T as(String username, Supplier<T> action) {
        return new SignedIn(users, securityContext).as(username, action);
    }

    private void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
