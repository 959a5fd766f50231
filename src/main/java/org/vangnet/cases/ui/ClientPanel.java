package org.vangnet.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.NewCase;

/**
 * The client and what happened, editable; a colleague's change in between is detected, not overwritten.
 * A change made elsewhere on the case file shows here only while nothing is being edited: what the
 * user typed and did not save stays.
 */
class ClientPanel extends VerticalLayout {

    /** What this tab edits, by the names the domain uses for them. */
    public record Edit(ClientDetails client, Set<HarmKind> harms, String summary) {
    }

    private final ClientForm client = new ClientForm();
    private final CheckboxGroup<HarmKind> harms = new CheckboxGroup<>();
    private final TextArea summary = new TextArea();
    private final DomainForm<Edit> form = new DomainForm<>(this, Edit.class);
    /** The fields' values as last shown: what "nothing edited" compares with. */
    private List<Object> shown;

    ClientPanel(OpenCase openCase, CaseService cases) {
        setPadding(false);
        harms.setLabel(getTranslation("case.harm"));
        harms.setItems(HarmKind.values());
        harms.setItemLabelGenerator(h -> getTranslation("case.harm." + h.name()));
        summary.setLabel(getTranslation("case.summary"));
        summary.setWidthFull();
        form.nest("client", client.form()).bind("harms", harms).text("summary", summary, NewCase.MAX_SUMMARY);
        show(openCase.details());
        openCase.onChange(now -> {
            if (!edited()) {
                show(now);
            }
        });

        var save = new Button(getTranslation("action.save"), click -> form.submit(edit -> {
            cases.edit(openCase.id(), openCase.version(), edit.client(), edit.harms(), edit.summary());
            FormErrors.notifySuccess(getTranslation("case.saved"));
            shown = null;
            openCase.changed();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(client, harms, summary, new HorizontalLayout(save));
    }

    private void show(CaseDetails details) {
        form.read(new Edit(details.client(), details.harms(), details.summary()));
        shown = values();
    }

    /** Whether the fields differ from what was last shown (a saved form shows the stored state again). */
    private boolean edited() {
        return shown != null && !values().equals(shown);
    }

    private List<Object> values() {
        Edit typed = form.value();
        return List.of(typed.client(), Set.copyOf(typed.harms()), typed.summary());
    }
}
