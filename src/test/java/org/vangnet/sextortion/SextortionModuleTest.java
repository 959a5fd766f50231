package org.vangnet.sextortion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.vangnet.Application;

/** Sextortion builds on cases; cases never learns of sextortion except through the beans it provides. */
class SextortionModuleTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void sextortionIsAModuleThatUsesCasesAndNotTheOtherWayRound() {
        var sextortion = modules.getModuleByName("sextortion").orElseThrow();
        var cases = modules.getModuleByName("cases").orElseThrow();

        assertThat(sextortion.getAllDependencies(modules).containsModuleNamed("cases")).isTrue();
        assertThat(cases.getAllDependencies(modules).containsModuleNamed("sextortion")).isFalse();
    }

    @Test
    void theCaseScreensExposeOnlyTheTabHookToOtherModules() {
        var cases = modules.getModuleByName("cases").orElseThrow();

        var ui = cases.getNamedInterfaces().getByName("ui").orElseThrow();
        assertThat(ui.contains(org.vangnet.cases.ui.CaseTabProvider.class)).isTrue();
        assertThat(cases.getNamedInterfaces().getUnnamedInterface().contains(org.vangnet.cases.CaseService.class))
                .as("the cases module's own API stays exposed").isTrue();
    }
}
