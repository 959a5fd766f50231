package org.vangnet.sextortion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.cases.CaseDetails;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.ExtorterView;
import org.vangnet.sextortion.IdentifierMatch;

/**
 * The sextortion log of a case: its extorters with their identifiers (and the other cases those
 * appear in), their contacts, and the money the client is trying to get back. Loaded when the tab
 * is opened, so a case file opened for something else costs no lookup and no audit row. A running
 * deadline is shown on the case header, above every tab.
 */
class SextortionPanel extends VerticalLayout {

    private final CaseDetails details;
    private final SextortionServices services;
    private final Runnable onChanged;

    SextortionPanel(CaseDetails details, SextortionServices services, Runnable onChanged) {
        this.details = details;
        this.services = services;
        this.onChanged = onChanged;
        setPadding(false);
        addClassName("vn-sextortion");
        // Drawn when first shown; shown again after another tab, it keeps what was typed in it.
        addAttachListener(e -> {
            if (getComponentCount() == 0) {
                render();
            }
        });
    }

    private void render() {
        removeAll();
        Instant now = services.clock().instant();
        List<ExtorterView> extorters = services.queries().extorters(details.id());
        boolean anyIdentifier = extorters.stream().anyMatch(e -> !e.identifiers().isEmpty());
        Map<Long, IdentifierMatch> matches = anyIdentifier ? services.queries().matches(details.id()) : Map.of();

        var advice = new Paragraph(getTranslation("sextortion.intro"));
        advice.addClassName("vn-muted");
        add(advice);
        if (extorters.isEmpty()) {
            add(new Paragraph(getTranslation("sextortion.none")));
        }
        for (int i = 0; i < extorters.size(); i++) {
            add(new ExtorterCard(details.id(), extorters.get(i), i + 1, matches, services, now, this::changed));
        }
        add(new H3(getTranslation("sextortion.extorter.new")), newExtorterForm());
    }

    private HorizontalLayout newExtorterForm() {
        var label = new TextField(getTranslation("sextortion.extorter.label"));
        label.setHelperText(getTranslation("sextortion.extorter.label.help"));
        label.setWidth("20rem");
        var described = new DomainForm<>(this, DescribeDialog.Description.class)
                .text("label", label, ExtorterService.MAX_LABEL)
                .fixed("notes", null);
        var add = new Button(getTranslation("sextortion.extorter.add"), click -> described.submit(typed -> {
            services.extorters().add(details.id(), typed.label(), typed.notes());
            changed();
        }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(label, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /**
     * After a change the case file is drawn again (priority, header, timeline), and this tab with
     * it; should nobody redraw it, it redraws itself.
     */
    private void changed() {
        onChanged.run();
        if (isAttached()) {
            render();
        }
    }
}
