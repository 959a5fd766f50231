package org.vangnet.cases;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.base.db.DatabaseMode;
import org.vangnet.security.RunAs;
import org.vangnet.base.time.HelplineZone;

/**
 * A few invented cases, so a newcomer sees a working case list. Created through the services, as
 * the demo counsellors, so every rule, timeline entry and audit row is the real thing. Only on an
 * empty database with demo data switched on, never on a real one.
 */
@Component
@Order(20)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final DatabaseMode databaseMode;
    private final boolean enabled;
    private final JdbcTemplate jdbc;
    private final RunAs runAs;
    private final CaseService cases;
    private final NoteService notes;
    private final ConsentService consents;
    private final ReferralService referrals;
    private final Clock clock;

    DemoCases(DatabaseMode databaseMode, @Value("${vangnet.demo-data.cases:true}") boolean enabled, JdbcTemplate jdbc,
              RunAs runAs, CaseService cases,
              NoteService notes, ConsentService consents, ReferralService referrals, Clock clock) {
        this.databaseMode = databaseMode;
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.runAs = runAs;
        this.cases = cases;
        this.notes = notes;
        this.consents = consents;
        this.referrals = referrals;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !databaseMode.demoDataEnabled()
                || jdbc.queryForObject("select count(*) from case_file", Long.class) > 0
                || jdbc.queryForObject("select count(*) from app_user where username = 'lotte'", Long.class) == 0) {
            return;
        }
        var today = clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
        runAs.as("lotte", () -> {
            Long mila = open(IntakeChannel.CHAT, client("Mila", 16, null, false, false), Set.of(HarmKind.LEAKED_IMAGES),
                    "Naaktfoto doorgestuurd in een klasgroep. Wil niet dat haar ouders het weten.");
            notes.addNote(mila, "Gerustgesteld: het is niet haar schuld. Samen gekeken wie de foto doorstuurde.");
            referrals.refer(mila, Partner.CHILD_FOCUS, null, ReferralStatus.MADE, today);
            Long jonas = open(IntakeChannel.PHONE, client("Jonas", 17, 17, false, true), Set.of(HarmKind.SEXTORTION),
                    "Afperser eist 500 euro voor vrijdagavond, anders stuurt hij de video naar vrienden.");
            notes.addNote(jonas, "Advies: niet betalen, niets meer sturen, bewijs bewaren, daarna blokkeren.");
        });
        runAs.as("karim", () -> {
            Long sarah = open(IntakeChannel.EMAIL, client("Sarah", 24, 22, false, false),
                    Set.of(HarmKind.LEAKED_IMAGES, HarmKind.HACKED_ACCOUNT),
                    "Ex-partner zette beelden online via haar gehackte account.");
            cases.changeStatus(sarah, 0, CaseStatus.ACTIVE, null, null);
            consents.record(sarah, ConsentAction.SHARE_WITH_INSTITUTE, true, ConsentForm.WRITTEN);
            referrals.refer(sarah, Partner.EQUALITY_INSTITUTE, null, ReferralStatus.ACCEPTED, today);
            Long tom = open(IntakeChannel.FORUM, client("Tom", 31, null, false, false), Set.of(HarmKind.SEXTING_WORRY),
                    "Vraag of het strafbaar is dat zijn partner foto’s bewaart.");
            cases.changeStatus(tom, 0, CaseStatus.CLOSED, null, ClosingReason.RESOLVED);
        });
        runAs.as("ines", () -> {
            Long yasmine = open(IntakeChannel.WALK_IN, client("Yasmine", 19, 19, false, false), Set.of(HarmKind.DEEPFAKE),
                    "Deepfake-naaktbeeld verspreid op een sociaal netwerk.");
            cases.changeStatus(yasmine, 0, CaseStatus.ACTIVE, null, null);
            cases.changeStatus(yasmine, 1, CaseStatus.WAITING, WaitingOn.PLATFORM, null);
        });
        runAs.as("sofie", () -> open(IntakeChannel.REFERRAL, new ClientDetails("Alex", 22, null, null, "fr", false, true,
                        false, List.of()), Set.of(HarmKind.SEXTORTION),
                "Doorverwezen door de politie. Zorg over zelfbeschadiging: vandaag nog terugbellen."));
        log.info("Created demo cases for the demo counsellors");
    }

    private Long open(IntakeChannel channel, ClientDetails client, Set<HarmKind> harms, String summary) {
        return cases.open(new NewCase(channel, client, harms, summary));
    }

    private static ClientDetails client(String alias, Integer age, Integer ageAtImages, boolean selfHarm,
                                        boolean deadline) {
        return new ClientDetails(alias, age, null, ageAtImages, "nl", false, selfHarm, deadline, List.of());
    }

}
