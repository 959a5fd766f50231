package org.vangnet.cases.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.ConsentAction;
import org.vangnet.cases.ConsentForm;
import org.vangnet.cases.ConsentService;
import org.vangnet.cases.ConsentState;

/** "They do nothing if you don't want to": the client's consent per kind of action, given or withdrawn. */
class ConsentPanel extends VerticalLayout {

    private final Long caseId;
    private final ConsentService consents;
    private final Runnable onChanged;
    private final Div rows = new Div();
    private Map<ConsentAction, ConsentState> shown;

    /** Drawn again when the consents changed; a choice of "how" made in a row is kept otherwise. */
    ConsentPanel(OpenCase openCase, ConsentService consents) {
        this.caseId = openCase.id();
        this.consents = consents;
        this.onChanged = openCase::changed;
        openCase.onChange(now -> {
            if (!consents.current(caseId).equals(shown)) {
                render();
            }
        });
        setPadding(false);
        var intro = new Paragraph(getTranslation("consent.intro"));
        intro.addClassName("vn-muted");
        add(intro, rows);
        render();
    }

    private void render() {
        rows.removeAll();
        Map<ConsentAction, ConsentState> current = consents.current(caseId);
        shown = current;
        for (ConsentAction action : ConsentAction.values()) {
            ConsentState state = current.get(action);
            var name = new Span(getTranslation("consent.action." + action.name()));
            name.addClassName("vn-consent-name");
            var status = new Span(state == null ? getTranslation("consent.state.unknown")
                    : getTranslation(state.given() ? "consent.state.given" : "consent.state.withdrawn",
                    getTranslation("consent.form." + state.how().name()), dateTime(state.recordedAt(), getLocale()),
                    state.recordedByName()));
            status.addClassNames("vn-badge", state == null ? "vn-badge-muted"
                    : state.given() ? "vn-badge-success" : "vn-badge-error");
            var how = new Select<ConsentForm>();
            how.setAriaLabel(getTranslation("consent.how"));
            how.setItems(ConsentForm.values());
            how.setItemLabelGenerator(f -> getTranslation("consent.form." + f.name()));
            how.setValue(ConsentForm.VERBAL);
            how.setWidth("9rem");
            var give = new Button(getTranslation("consent.record-given"), click -> record(action, true, how.getValue()));
            give.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            var withdraw = new Button(getTranslation("consent.record-withdrawn"),
                    click -> record(action, false, how.getValue()));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            withdraw.setEnabled(state != null && state.given());
            // The choice and its two buttons stay together on one line; the rows line up as columns.
            var controls = new HorizontalLayout(how, give, withdraw);
            controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            controls.addClassName("vn-consent-controls");
            var row = new Div(name, status, controls);
            row.addClassNames("vn-consent-row", "vn-consent-grid");
            rows.add(row);
        }
    }

    private void record(ConsentAction action, boolean given, ConsentForm how) {
        try {
            consents.record(caseId, action, given, how);
            FormErrors.notifySuccess(getTranslation(given ? "consent.given" : "consent.withdrawn"));
            onChanged.run();
        } catch (DomainException e) {
            FormErrors.notifyError(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
