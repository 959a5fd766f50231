package org.vangnet.takedowns;

import java.util.List;
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
import org.vangnet.cases.CaseFilter;
import org.vangnet.cases.CaseListItem;
import org.vangnet.cases.CaseQueries;
import org.vangnet.security.RunAs;

/**
 * A few invented takedown requests in Karim's demo case of Sarah (who consented to sharing with the
 * institute): one removed, one refused and escalated, so the outcome figures, the transparency
 * report and the institute's queue are not empty. Through the services, only on demo databases.
 */
@Component
@Order(40)
class DemoTakedowns implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTakedowns.class);

    private final DatabaseMode databaseMode;
    private final boolean enabled;
    private final TakedownRequestRepository existing;
    private final PlatformRepository platforms;
    private final CaseQueries caseQueries;
    private final TakedownService takedowns;
    private final RunAs runAs;

    DemoTakedowns(DatabaseMode databaseMode, @Value("${vangnet.demo-data.cases:true}") boolean enabled,
                  TakedownRequestRepository existing, PlatformRepository platforms, CaseQueries caseQueries,
                  TakedownService takedowns, RunAs runAs) {
        this.databaseMode = databaseMode;
        this.enabled = enabled;
        this.existing = existing;
        this.platforms = platforms;
        this.caseQueries = caseQueries;
        this.takedowns = takedowns;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !databaseMode.demoDataEnabled() || existing.count() > 0) {
            return;
        }
        runAs.as("karim", () -> {
            Optional<Long> sarah = caseQueries.find(new CaseFilter(Set.of(), null, null, null, null, null, null, "Sarah"),
                    PageRequest.of(0, 1)).getContent().stream().map(CaseListItem::id).findFirst();
            sarah.ifPresent(caseId -> {
                Long removed = request(caseId, "INSTAGRAM", "https://www.instagram.com/p/DEMO123abc/");
                move(caseId, removed, TakedownStatus.SUBMITTED, null);
                move(caseId, removed, TakedownStatus.REMOVED, "IG-DEMO-1");
                Long refused = request(caseId, "FACEBOOK", "https://www.facebook.com/demo.spreader/posts/42");
                move(caseId, refused, TakedownStatus.SUBMITTED, null);
                move(caseId, refused, TakedownStatus.REFUSED, "FB-DEMO-7");
                move(caseId, refused, TakedownStatus.ESCALATED, null);
                log.info("Created demo takedown requests in the demo case of Sarah");
            });
        });
    }

    private Long request(Long caseId, String platformCode, String url) {
        Long platformId = platforms.findByCode(platformCode).orElseThrow().getId();
        return takedowns.create(caseId, new NewTakedown(platformId, ReportRoute.WEB_FORM, OnBehalfOf.HELPLINE,
                List.of(new TakedownItem(ItemKind.URL, url)), "Intieme foto zonder toestemming gedeeld", true));
    }

    private void move(Long caseId, Long requestId, TakedownStatus target, String ticket) {
        long version = existing.findById(requestId).orElseThrow().getVersion();
        takedowns.changeStatus(caseId, requestId, version, target, ticket, null);
    }
}
