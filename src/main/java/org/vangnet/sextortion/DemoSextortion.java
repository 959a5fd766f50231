package org.vangnet.sextortion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.vangnet.base.db.DatabaseMode;
import org.vangnet.security.RunAs;
import org.vangnet.cases.CaseFilter;
import org.vangnet.cases.CaseQueries;
import org.vangnet.base.time.HelplineZone;

/**
 * An invented extorter in two of the demo cases, so a newcomer sees matching at work: the same
 * phone number, typed two ways, in Lotte's case of Jonas and in Sofie's case of Alex, with a demand
 * and a deadline in Jonas's. Created through the services, after the demo cases, only where those
 * were created and no extorter exists yet.
 */
@Component
@Order(30)
class DemoSextortion implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSextortion.class);
    private final DatabaseMode databaseMode;
    private final boolean enabled;
    private final ExtorterRepository existing;
    private final CaseQueries caseQueries;
    private final ExtorterService extorters;
    private final ContactLogService contacts;
    private final RunAs runAs;
    private final Clock clock;

    DemoSextortion(DatabaseMode databaseMode, @Value("${vangnet.demo-data.cases:true}") boolean enabled,
                   ExtorterRepository existing, CaseQueries caseQueries, ExtorterService extorters,
                   ContactLogService contacts, RunAs runAs,
                   Clock clock) {
        this.databaseMode = databaseMode;
        this.enabled = enabled;
        this.existing = existing;
        this.caseQueries = caseQueries;
        this.extorters = extorters;
        this.contacts = contacts;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !databaseMode.demoDataEnabled() || existing.count() > 0) {
            return;
        }
        Optional<Long> jonas = runAs.as("lotte", () -> demoCase("Jonas"));
        Optional<Long> alex = runAs.as("sofie", () -> demoCase("Alex"));
        if (jonas.isEmpty() || alex.isEmpty()) {
            return;
        }
        runAs.as("lotte", () -> {
            Long extorter = extorters.add(jonas.get(), "Lisa_x", "Zegt 17 te zijn; schrijft in het Engels.");
            extorters.addIdentifier(jonas.get(), extorter, NewIdentifier.username(Platform.INSTAGRAM, "@Lisa_x.2009"));
            extorters.addIdentifier(jonas.get(), extorter, NewIdentifier.of(IdentifierKind.PHONE, "+225 07 08 09 10 11"));
            var friday = clock.instant().atZone(HelplineZone.ZONE).plusDays(2).with(LocalTime.of(20, 0)).toInstant();
            contacts.log(jonas.get(), extorter, new ContactEntry(clock.instant().minus(Duration.ofHours(3)),
                    Platform.INSTAGRAM, null, Set.of(Demand.MONEY), new BigDecimal("500"), "EUR", friday,
                    "Stuurt de video naar zijn vrienden", false, null, null, null,
                    Set.of(Advice.DO_NOT_PAY, Advice.DO_NOT_SEND_MORE, Advice.CAPTURE_EVIDENCE)));
            return null;
        });
        runAs.as("sofie", () -> {
            Long extorter = extorters.add(alex.get(), null, null);
            extorters.addIdentifier(alex.get(), extorter, NewIdentifier.of(IdentifierKind.PHONE, "00225 0708091011"));
            return null;
        });
        log.info("Created a demo extorter in the demo cases of Jonas and Alex");
    }

    private Optional<Long> demoCase(String alias) {
        return caseQueries.find(new CaseFilter(Set.of(), null, null, null, null, null, null, alias),
                PageRequest.of(0, 1)).getContent().stream().map(c -> c.id()).findFirst();
    }

}
