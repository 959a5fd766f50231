package org.vangnet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The rules of STYLE.md that a compiler does not check. */
class ArchitectureRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vangnet");

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS_ANNOTATIONS =
            List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class);

    /** The only screens a person who is not signed in may open. */
    private static final Set<String> ANONYMOUS_VIEWS = Set.of(
            "org.vangnet.security.ui.LoginView",
            "org.vangnet.security.ui.SetupView");

    private static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe("views",
            c -> c.isAnnotatedWith(Route.class) || c.isAnnotatedWith(Layout.class)
                    || (c.isAssignableTo(HasErrorParameter.class) && c.isAssignableTo(Component.class)
                    && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)));

    @Test
    void viewsNeverUseRepositoriesOrTheEntityManager() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(CLASSES);
    }

    @Test
    void everyRouteLayoutAndErrorViewHasExactlyOneAccessAnnotation() {
        classes().that(VIEWS).should(haveExactlyOneAccessAnnotation()).check(CLASSES);
    }

    @Test
    void anonymousAccessOnlyOnLoginSetupAndErrorViews() {
        classes().that().areAnnotatedWith(AnonymousAllowed.class)
                .should(new ArchCondition<>("be the login or setup view, or an error view") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        boolean allowed = ANONYMOUS_VIEWS.contains(item.getName())
                                || item.isAssignableTo(HasErrorParameter.class);
                        events.add(new SimpleConditionEvent(item, allowed,
                                item.getName() + " is @AnonymousAllowed"));
                    }
                })
                .check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodCarriesPreAuthorize() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> haveExactlyOneAccessAnnotation() {
        return new ArchCondition<>("have exactly one access annotation") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                long count = ACCESS_ANNOTATIONS.stream().filter(item::isAnnotatedWith).count();
                events.add(new SimpleConditionEvent(item, count == 1,
                        item.getName() + " has " + count + " access annotations"));
            }
        };
    }
}
