package org.vangnet.dossier.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.dossier.PoliceDossier;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;
import org.vangnet.security.ui.StepUpGuard;

/** The case file's "Police dossier" tab, for whoever may make one. */
@Configuration(proxyBeanMethods = false)
class PoliceDossierTab {

    @Bean
    CaseTabProvider policeDossierCaseTab(PoliceDossier dossier, StepUpGuard stepUp, CurrentUser currentUser) {
        return CaseTabProvider.of("dossier.tab", 50,
                details -> currentUser.get().filter(u -> u.hasPermission(Permissions.CASE_DOSSIER)).isPresent(),
                openCase -> new PoliceDossierPanel(openCase.details().id(), dossier, stepUp));
    }
}
