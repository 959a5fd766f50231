package org.vangnet.cases.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ContactKind;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.SimilarCase;
import org.vangnet.security.Roles;

/**
 * Intake. While the counsellor types the alias, a phone number or an e-mail address, cases of the
 * same client within their scope appear beside the form, so nobody is registered twice.
 */
@Route("cases/new")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
class NewCaseView extends VerticalLayout implements HasDynamicTitle {

    private final CaseService cases;
    private final CaseQueries queries;
    private final RadioButtonGroup<IntakeChannel> channel = new RadioButtonGroup<>();
    private final ClientForm client = new ClientForm();
    private final CheckboxGroup<HarmKind> harms = new CheckboxGroup<>();
    private final TextArea summary = new TextArea();
    private final Div similar = new Div();
    private final DomainForm<NewCase> form = new DomainForm<>(this, NewCase.class);

    NewCaseView(CaseService cases, CaseQueries queries) {
        this.cases = cases;
        this.queries = queries;
        addClassName("vn-form-view");

        channel.setLabel(getTranslation("case.channel"));
        channel.setItems(IntakeChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("case.channel." + c.name()));
        channel.setRequiredIndicatorVisible(true);
        harms.setLabel(getTranslation("case.harm"));
        harms.setItems(HarmKind.values());
        harms.setItemLabelGenerator(h -> getTranslation("case.harm." + h.name()));
        // Marked required by the label (CSS), not by the component: vaadin-checkbox-group then puts
        // aria-required on its role=group host, which ARIA does not allow (decision 033).
        harms.addClassName("vn-required");
        summary.setLabel(getTranslation("case.summary"));
        summary.setHelperText(getTranslation("case.summary.help"));
        summary.setWidthFull();
        form.bind("channel", channel)
                .nest("client", client.form())
                .bind("harms", harms)
                .text("summary", summary, NewCase.MAX_SUMMARY);
        client.onIdentityChanged(this::showSimilar);

        var open = new Button(getTranslation("cases.open"), click -> open());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(CasesView.class)));
        var reassurance = new Paragraph(getTranslation("cases.new.reassure"));
        reassurance.addClassName("vn-reassure");
        var form = new VerticalLayout(reassurance, channel, client, harms, summary, new HorizontalLayout(open, cancel));
        form.setPadding(false);

        similar.addClassName("vn-similar");
        var aside = new Aside(new H3(getTranslation("cases.similar.title")), similar);
        aside.addClassName("vn-aside");
        showSimilar();
        var columns = new HorizontalLayout(form, aside);
        columns.setWidthFull();
        columns.setFlexGrow(1, form);
        add(columns);
    }

    private void showSimilar() {
        List<SimilarCase> found = queries.similar(client.typedAlias(), client.typedValue(ContactKind.PHONE),
                client.typedValue(ContactKind.EMAIL));
        similar.removeAll();
        if (found.isEmpty()) {
            similar.add(new Paragraph(getTranslation("cases.similar.none")));
            return;
        }
        for (SimilarCase match : found) {
            String href = CaseNavigation.caseUrl(match.id());
            var link = new Anchor(href, match.reference() + " · " + match.alias());
            var why = new Paragraph(getTranslation("cases.similar.matched." + match.matchedOn()) + " · "
                    + getTranslation("case.status." + match.status().name()) + " · "
                    + dateTime(match.openedAt(), getLocale()));
            why.addClassName("vn-muted");
            var item = new Div(link, why);
            item.addClassName("vn-similar-item");
            similar.add(item);
        }
    }

    private void open() {
        form.submit(intake -> {
            Long id = cases.open(intake);
            FormErrors.notifySuccess(getTranslation("cases.opened"));
            CaseNavigation.toCase(id);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.new");
    }
}
