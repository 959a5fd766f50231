package org.vangnet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;
import org.vangnet.base.domain.Violations;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The form base: fields bound to a record by name, the record built from them, the domain's refusal on its field. */
class DomainFormTest extends BrowserlessViewTest {

    static final int MAX_NAME = 20;

    /** A DTO as the domain's are: public, one constructor, the names the domain's messages use. */
    public record Visit(String name, Integer age, String note, Long caseId, Inner inner) {
    }

    public record Inner(String place) {
    }

    private final Div host = new Div();
    private final TextField name = new TextField("Naam");
    private final IntegerField age = new IntegerField("Leeftijd");
    private final TextArea note = new TextArea("Notitie");
    private final Select<String> place = new Select<>();
    private final List<Visit> saved = new ArrayList<>();

    @BeforeEach
    void onAPage() {
        place.setItems("Gent", "Luik");
        UI.getCurrent().add(host);
        host.add(name, age, note, place);
    }

    private DomainForm<Visit> form() {
        var inner = new DomainForm<>(host, Inner.class).bind("place", place);
        return new DomainForm<>(host, Visit.class)
                .text("name", name, MAX_NAME)
                .bind("age", age)
                .text("note", note, 100)
                .fixed("caseId", 42L)
                .nest("inner", inner);
    }

    /** What a service does: checks everything, reports every broken rule at once. */
    private void save(Visit visit) {
        var problems = new Violations();
        problems.check(() -> Texts.required("name", visit.name(), MAX_NAME));
        if (visit.age() != null && visit.age() < 0) {
            problems.add(DomainException.onField("age", "validation.case.age"));
        }
        if (visit.inner().place() == null) {
            problems.add(DomainException.onField("place", "validation.required"));
        }
        problems.add(DomainException.onField("nowhere", "validation.number"));
        problems.throwIfAny();
        saved.add(visit);
    }

    @Test
    void aNameTheRecordDoesNotHaveFailsWhenTheFormIsBuiltNotWhenItIsSaved() {
        var form = new DomainForm<>(host, Visit.class);

        assertThatThrownBy(() -> form.bind("nmae", name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nmae").hasMessageContaining("name");
        assertThatThrownBy(() -> form.bind("name", name).bind("name", note))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new DomainForm<>(host, TwoWays.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single constructor");
    }

    @Test
    void theRecordIsBuiltFromTheFieldsWithTheFixedAndNestedComponents() {
        var form = form();
        name.setValue("Noor");
        age.setValue(17);
        place.setValue("Luik");

        assertThat(form.value()).isEqualTo(new Visit("Noor", 17, "", 42L, new Inner("Luik")));
    }

    @Test
    void aRecordIsShownInTheFieldsIncludingTheNestedOne() {
        var form = form();

        form.read(new Visit("Mila", 16, "belt terug", 42L, new Inner("Gent")));

        assertThat(name.getValue()).isEqualTo("Mila");
        assertThat(age.getValue()).isEqualTo(16);
        assertThat(note.getValue()).isEqualTo("belt terug");
        assertThat(place.getValue()).isEqualTo("Gent");
        assertThat(name.isReadOnly()).as("a record has no setters, the fields stay editable").isFalse();
    }

    @Test
    void eachRefusalLandsOnItsFieldTheRestInANotificationAndTheInputStays() {
        var form = form();
        age.setValue(-3);
        note.setValue("iets");

        boolean done = form.submit(this::save);

        assertThat(done).isFalse();
        assertThat(saved).isEmpty();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(age.isInvalid()).isTrue();
        assertThat(age.getErrorMessage()).isEqualTo("Een leeftijd ligt tussen 0 en 120.");
        assertThat(place.isInvalid()).as("found in the nested form").isTrue();
        assertThat(note.isInvalid()).isFalse();
        assertThat(age.getValue()).isEqualTo(-3);
        assertThat(note.getValue()).isEqualTo("iets");
        assertThat(find(Notification.class).all()).hasSize(1);
    }

    @Test
    void theMarksGoAtTheNextTryAndOnlyWhatIsStillWrongIsMarkedAgain() {
        var form = form();
        form.submit(this::save);
        name.setValue("Noor");
        place.setValue("Gent");

        form.submit(this::save);

        assertThat(name.isInvalid()).isFalse();
        assertThat(place.isInvalid()).isFalse();
        assertThat(age.isInvalid()).isFalse();
    }

    @Test
    void theLimitComesFromTheDomainsConstantAndCountsInsteadOfCutting() {
        form();

        name.setValue("x".repeat(MAX_NAME + 5));

        assertThat(name.getMaxLength()).isZero();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getHelperComponent().getElement().getTextRecursively()).contains("25 van 20 tekens");
    }

    @Test
    void whatTheServiceAcceptsIsTheRecordAsTyped() {
        var form = form();
        name.setValue("Noor");
        place.setValue("Gent");
        var received = new AtomicReference<Visit>();

        boolean done = form.submit(received::set);

        assertThat(done).isTrue();
        assertThat(received.get()).isEqualTo(new Visit("Noor", null, "", 42L, new Inner("Gent")));
    }

    public record TwoWays(String a) {
        public TwoWays() {
            this(null);
        }
    }
}
