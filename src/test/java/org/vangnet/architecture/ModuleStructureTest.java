package org.vangnet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.vangnet.Application;

class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theFoundationModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("base", "security", "audit");
    }

    @Test
    void nobodyDependsOnTheAuditModule() {
        var audit = modules.getModuleByName("audit").orElseThrow();
        modules.stream()
                .filter(module -> !module.equals(audit))
                .forEach(module -> assertThat(module.getAllDependencies(modules).containsModuleNamed("audit"))
                        .as("%s must not depend on audit", module.getIdentifier())
                        .isFalse());
    }
}
