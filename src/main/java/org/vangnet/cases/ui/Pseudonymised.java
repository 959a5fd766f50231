package org.vangnet.cases.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.Pseudonymisation;

/** How the case screens show a case whose personal data is gone: translated labels instead of placeholders. */
final class Pseudonymised {

    private Pseudonymised() {
    }

    static boolean isPlaceholder(String value) {
        return Pseudonymisation.isPlaceholder(value);
    }

    /** The alias, or "pseudonymised" in the user's language. */
    static String alias(Component host, String alias) {
        return isPlaceholder(alias) ? host.getTranslation("case.pseudonymised.alias") : alias;
    }

    static Span badge(Component host) {
        var badge = new Span(host.getTranslation("case.pseudonymised.badge"));
        badge.addClassNames("vn-badge", "vn-badge-muted");
        return badge;
    }

    static Span headerNote(Component host, java.util.Locale locale, CaseDetails details) {
        var note = new Span(host.getTranslation("case.pseudonymised.note", dateTime(details.pseudonymisedAt(), locale),
                host.getTranslation("case.pseudonymisation.reason." + details.pseudonymisationReason().name())));
        note.addClassNames("vn-header-note", "vn-header-note-info");
        return note;
    }

    /** Instead of the client form: what was removed, and the facts that stay. */
    static Component clientPanel(Component host, CaseDetails details) {
        var panel = new VerticalLayout(new Paragraph(host.getTranslation("case.pseudonymised.client")));
        panel.setPadding(false);
        String harms = details.harms().stream().map(h -> host.getTranslation("case.harm." + h.name())).sorted()
                .collect(Collectors.joining(", "));
        panel.add(new Paragraph(host.getTranslation("case.harm") + ": " + harms));
        return panel;
    }
}
