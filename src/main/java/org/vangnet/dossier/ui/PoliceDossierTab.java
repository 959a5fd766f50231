package org.vangnet.dossier.ui;

import com.vaadin.flow.component.Component;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.cases.ui.OpenCase;
import org.vangnet.dossier.PoliceDossier;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;
import org.vangnet.security.ui.StepUpGuard;

/** The case file's "Police dossier" tab, for whoever may make one. */
@org.springframework.stereotype.Component
class PoliceDossierTab implements CaseTabProvider {

    private final PoliceDossier dossier;
    private final StepUpGuard stepUp;
    private final CurrentUser currentUser;

    PoliceDossierTab(PoliceDossier dossier, StepUpGuard stepUp, CurrentUser currentUser) {
        this.dossier = dossier;
        this.stepUp = stepUp;
        this.currentUser = currentUser;
    }

    @Override
    public String titleKey() {
        return "dossier.tab";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean isAvailable(CaseDetails details) {
        return currentUser.get().filter(u -> u.hasPermission(Permissions.CASE_DOSSIER)).isPresent();
    }

    @Override
    public Component create(OpenCase openCase) {
        return new PoliceDossierPanel(openCase.details().id(), dossier, stepUp);
    }
}
