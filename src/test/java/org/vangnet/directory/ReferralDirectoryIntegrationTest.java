package org.vangnet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.Partner;
import org.vangnet.cases.ReferralService;
import org.vangnet.cases.ReferralStatus;
import org.vangnet.cases.ReferralView;
import org.vangnet.testsupport.SignedIn;

/** The referral directory against the real database: its seeds, who may change it, and referrals that use it. */
@SpringBootTest
class ReferralDirectoryIntegrationTest {

    @Autowired
    ReferralDirectory directory;
    @Autowired
    ReferralService referrals;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    Clock clock;

    @Test
    void theSeedsGiveOnlyTheNumbersAndHoursTheLeafletsGive() {
        var all = as("lotte", () -> directory.find("", false, PageRequest.of(0, 100)).getContent());
        var byCode = all.stream().filter(p -> p.code() != null)
                .collect(java.util.stream.Collectors.toMap(PartnerDetails::code, p -> p));
        assertThat(byCode).containsKeys("CHILD_FOCUS", "AWEL", "CYBERSQUAD", "JAC_CAW", "HELPWANTED_OFFLIMITS",
                "SLACHTOFFERWIJZER", "EQUALITY_INSTITUTE", "POLICE", "LAWYER");
        var childFocus = byCode.get("CHILD_FOCUS");
        assertThat(childFocus.phone()).isEqualTo("116 000");
        assertThat(childFocus.email()).isEqualTo("116000@childfocus.org");
        assertThat(childFocus.hoursNl()).contains("24/7").contains("24 uur");
        assertThat(childFocus.fitsAge(15)).isTrue();
        assertThat(childFocus.fitsAge(30)).isFalse();
        assertThat(byCode.get("JAC_CAW").hoursEn()).isEqualTo("Chat Monday to Friday, 13:00 to 19:00.");
        assertThat(byCode.get("JAC_CAW").chatUrl()).isEqualTo("https://www.caw.be/jac/contacteer-ons/chat");
        // The only number the leaflets give is Child Focus's: no other seeded partner has one.
        assertThat(byCode.values().stream().filter(p -> p.phone() != null).map(PartnerDetails::code))
                .containsExactly("CHILD_FOCUS");
        assertThat(byCode.get("EQUALITY_INSTITUTE").minAge()).isEqualTo(18);
    }

    @Test
    void referralsOfTheOldFixedListPointAtTheirPartnerInTheDirectory() {
        assertThat(jdbc.queryForObject("""
                select count(*) from case_referral where partner <> 'OTHER' and partner_id is null""", Long.class))
                .isZero();
        Long caseId = openCase("lotte", 15);
        Long referralId = as("lotte", () -> referrals.refer(caseId, Partner.AWEL, null, ReferralStatus.MADE, today()));
        assertThat(jdbc.queryForObject("""
                select p.code from case_referral r join referral_partner p on p.id = r.partner_id where r.id = ?""",
                String.class, referralId)).isEqualTo("AWEL");
    }

    @Test
    void aReferralToADirectoryPartnerKeepsEveryStatusItWasGiven() {
        Long caseId = openCase("lotte", 15);
        Long childFocus = partnerId("CHILD_FOCUS");
        Long referralId = as("lotte", () -> referrals.refer(caseId, childFocus, ReferralStatus.SUGGESTED, today()));
        long version = single(caseId).version();
        as("lotte", () -> referrals.changeStatus(caseId, referralId, version, ReferralStatus.MADE, today()));
        as("lotte", () -> referrals.changeStatus(caseId, referralId, single(caseId).version(), ReferralStatus.ACCEPTED,
                today()));

        var referral = single(caseId);
        assertThat(referral.partnerId()).isEqualTo(childFocus);
        assertThat(referral.partner()).isEqualTo(Partner.CHILD_FOCUS);
        assertThat(referral.history()).extracting(s -> s.status())
                .containsExactly(ReferralStatus.SUGGESTED, ReferralStatus.MADE, ReferralStatus.ACCEPTED);
        assertThat(referral.history()).allSatisfy(s -> assertThat(s.recordedBy()).isEqualTo("lotte"));
        assertThat(jdbc.queryForList("""
                select arguments from case_timeline_entry where case_id = ? and entry_type = 'REFERRAL' order by id""",
                String.class, caseId)).hasSize(3).allSatisfy(a -> assertThat(a).contains("t:partner.CHILD_FOCUS"));
        assertThatThrownBy(() -> as("lotte", () -> referrals.changeStatus(caseId, referralId, version,
                ReferralStatus.DECLINED, today()))).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aPartnerAnAdministratorAddsCanBeReferredToUntilItIsMadeInactive() {
        String name = "Hulplijn " + ThreadLocalRandom.current().nextInt(1_000_000);
        Long id = as("admin", () -> directory.add(new PartnerDetails(null, 0, null, name, "Helpt", null, null, 12, 25,
                PartnerRegion.BRUSSELS, Set.of(PartnerLanguage.FR, PartnerLanguage.NL), "+32 2 000 00 00",
                "Elke dag", null, null, "chat.example.org/hulp", "Info@Example.org", null, true, 95)));
        var added = as("admin", () -> directory.get(id));
        assertThat(added.chatUrl()).isEqualTo("https://chat.example.org/hulp");
        assertThat(added.email()).isEqualTo("info@example.org");
        assertThat(audits("CREATE", id)).isEqualTo(1);

        Long caseId = openCase("lotte", 19);
        as("lotte", () -> referrals.refer(caseId, id, ReferralStatus.MADE, today()));
        assertThat(single(caseId).partner()).isEqualTo(Partner.OTHER);
        assertThat(jdbc.queryForObject("select arguments from case_timeline_entry where case_id = ? and entry_type = 'REFERRAL'",
                String.class, caseId)).contains(name);

        as("admin", () -> directory.update(withActive(directory.get(id), false)));
        assertThat(audits("UPDATE", id)).isEqualTo(1);
        assertThat(as("lotte", () -> directory.find(name, false, PageRequest.of(0, 10)).getContent())).isEmpty();
        assertThatThrownBy(() -> as("lotte", () -> referrals.refer(caseId, id, ReferralStatus.MADE, today())))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("partner"));
    }

    @Test
    void badValuesAreRefusedOnTheirFieldAndOnlyAdministratorsChangeTheDirectory() {
        var awel = as("admin", () -> directory.get(partnerId("AWEL")));
        assertThat(fieldOf(() -> as("admin", () -> directory.update(copy(awel, "phone", "bel ons")))))
                .isEqualTo("phone");
        assertThat(fieldOf(() -> as("admin", () -> directory.update(copy(awel, "email", "geen adres")))))
                .isEqualTo("email");
        assertThat(fieldOf(() -> as("admin", () -> directory.update(copy(awel, "website", "javascript:alert(1)")))))
                .isEqualTo("website");
        assertThat(fieldOf(() -> as("admin", () -> directory.update(new PartnerDetails(awel.id(), awel.version(),
                awel.code(), awel.name(), null, null, null, 20, 12, awel.region(), awel.languages(), null, null, null,
                null, null, null, null, true, 20))))).isEqualTo("maxAge");
        assertThat(fieldOf(() -> as("admin", () -> directory.update(copy(awel, "name", "Child Focus")))))
                .isEqualTo("name");
        assertThatThrownBy(() -> as("lotte", () -> directory.update(awel)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> directory.get(awel.id())).version()).isEqualTo(awel.version());
    }

    private static PartnerDetails copy(PartnerDetails p, String field, String value) {
        return new PartnerDetails(p.id(), p.version(), p.code(), field.equals("name") ? value : p.name(),
                p.descriptionNl(), p.descriptionFr(), p.descriptionEn(), p.minAge(), p.maxAge(), p.region(),
                p.languages(), field.equals("phone") ? value : p.phone(), p.hoursNl(), p.hoursFr(), p.hoursEn(),
                p.chatUrl(), field.equals("email") ? value : p.email(), field.equals("website") ? value : p.website(),
                p.active(), p.sortOrder());
    }

    private static PartnerDetails withActive(PartnerDetails p, boolean active) {
        return new PartnerDetails(p.id(), p.version(), p.code(), p.name(), p.descriptionNl(), p.descriptionFr(),
                p.descriptionEn(), p.minAge(), p.maxAge(), p.region(), p.languages(), p.phone(), p.hoursNl(),
                p.hoursFr(), p.hoursEn(), p.chatUrl(), p.email(), p.website(), active, p.sortOrder());
    }

    private static String fieldOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.field();
        }
        return null;
    }

    private long audits(String action, Long id) {
        return jdbc.queryForObject("""
                select count(*) from audit_event where action = ? and object_type = 'REFERRAL_PARTNER'
                and object_id = ? and actor = 'admin'""", Long.class, action, String.valueOf(id));
    }

    private ReferralView single(Long caseId) {
        List<ReferralView> list = as("lotte", () -> referrals.list(caseId));
        assertThat(list).hasSize(1);
        return list.getFirst();
    }

    private Long partnerId(String code) {
        return jdbc.queryForObject("select id from referral_partner where code = ?", Long.class, code);
    }

    private Long openCase(String username, int age) {
        return as(username, () -> cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Gids", age, null, age,
                "nl", false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null)));
    }

    private LocalDate today() {
        return clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
    }

    private <T> T as(String username, Supplier<T> action) {
        return new SignedIn(userDetails, securityContext).as(username, action);
    }

    private void as(String username, Runnable action) {
        new SignedIn(userDetails, securityContext).as(username, action);
    }
}
