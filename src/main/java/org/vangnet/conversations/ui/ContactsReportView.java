package org.vangnet.conversations.ui;

import static org.vangnet.base.ui.Formats.date;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.export.Table;
import org.vangnet.base.ui.ExportLinks;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.conversations.ContactFigures;
import org.vangnet.conversations.ContactFigures.Line;
import org.vangnet.conversations.ContactFigures.Period;
import org.vangnet.security.Roles;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.base.ui.Formats;

/** Contacts and contact time per period, channel and team, as funders ask for them; each reader sees their scope. */
@Route("reporting/contacts")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR, Roles.ADMIN})
@Menu(title = "menu.reporting.contacts", order = 45, icon = "vaadin:comments-o")
class ContactsReportView extends VerticalLayout implements HasDynamicTitle {

    /** What the report is asked for, by the names the domain uses for them. */
    public record Question(Period period, LocalDate from, LocalDate to) {
    }

    private final ContactFigures figures;
    private final Grid<Line> grid = new Grid<>(Line.class, false);
    private final Span total = new Span();

    ContactsReportView(ContactFigures figures, Clock clock, StepUpGuard stepUp) {
        this.figures = figures;
        setSizeFull();
        LocalDate today = clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
        var period = new Select<Period>();
        period.setLabel(getTranslation("contacts.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("contacts.period." + p.name()));
        period.setValue(Period.MONTH);
        var from = new DatePicker(getTranslation("contacts.from"), today.withDayOfMonth(1).minusMonths(11));
        Formats.localised(from, getLocale());
        var to = new DatePicker(getTranslation("contacts.to"), today);
        Formats.localised(to, getLocale());
        var asked = new DomainForm<>(this, Question.class).bind("period", period).bind("from", from).bind("to", to);
        var show = new Button(getTranslation("contacts.show"), click -> asked.submit(
                question -> show(figures.contacts(question.period(), question.from(), question.to()))));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(period, from, to, show);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(l -> date(l.period(), getLocale())).setHeader(getTranslation("contacts.period"));
        grid.addColumn(l -> getTranslation("conversation.channel." + l.channel().name()))
                .setHeader(getTranslation("conversation.channel"));
        grid.addColumn(l -> Objects.requireNonNullElse(l.team(), "")).setHeader(getTranslation("contacts.team"));
        grid.addColumn(Line::contacts).setHeader(getTranslation("contacts.contacts")).setTextAlign(
                com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(Line::minutes).setHeader(getTranslation("contacts.minutes")).setTextAlign(
                com.vaadin.flow.component.grid.ColumnTextAlign.END);
        total.setId("contacts-total");
        // The file holds what the form asks for when the link is clicked; each download is one audited export.
        var export = new ExportLinks(() -> table(figures.exportContacts(period.getValue(), from.getValue(), to.getValue()),
                period.getValue(), from.getValue(), to.getValue()), clock, stepUp::run);
        add(form, export, total, grid);
        show(figures.contacts(Period.MONTH, from.getValue(), to.getValue()));
    }

    private void show(List<Line> lines) {
        // A bounded aggregate (periods × channels × teams), served page by page like every grid.
        grid.setItems(query -> lines.stream().skip(query.getOffset()).limit(query.getLimit()));
        total.setText(getTranslation("contacts.total", lines.stream().mapToLong(Line::contacts).sum(),
                lines.stream().mapToLong(Line::minutes).sum()));
    }

    /** The figures as a funder's file: the period asked for above the headings, the totals below. */
    private Table table(List<Line> lines, Period period, LocalDate from, LocalDate to) {
        var table = Table.named(getTranslation("contacts.file"))
                .line(getTranslation("contacts.from"), from, getTranslation("contacts.to"), to,
                        getTranslation("contacts.period"), getTranslation("contacts.period." + period.name()))
                .header(getTranslation("contacts.period"), getTranslation("conversation.channel"),
                        getTranslation("contacts.team"), getTranslation("contacts.contacts"),
                        getTranslation("contacts.minutes"));
        lines.forEach(l -> table.row(l.period(), getTranslation("conversation.channel." + l.channel().name()), l.team(),
                l.contacts(), l.minutes()));
        return table.line(getTranslation("contacts.file.total"), null, null,
                lines.stream().mapToLong(Line::contacts).sum(), lines.stream().mapToLong(Line::minutes).sum());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reporting.contacts");
    }
}
