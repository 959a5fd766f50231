package org.vangnet.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.Priority;

/** Small coloured labels for status, priority and "minor". */
final class Badges {

    private Badges() {
    }

    static Span status(Component host, CaseStatus status) {
        return badge(host.getTranslation("case.status." + status.name()),
                status == CaseStatus.CLOSED ? "vn-badge-muted" : "vn-badge-info");
    }

    static Span priority(Component host, Priority priority) {
        return badge(host.getTranslation("case.priority." + priority.name()), switch (priority) {
            case URGENT -> "vn-badge-error";
            case HIGH -> "vn-badge-warning";
            case NORMAL -> "vn-badge-muted";
        });
    }

    static Span closingToApprove(Component host) {
        return badge(host.getTranslation("case.badge.closing-to-approve"), "vn-badge-warning");
    }

    static Span minor(Component host) {
        return badge(host.getTranslation("case.minor-badge"), "vn-badge-error");
    }

    /** The case is open to this user by break-the-glass only, until the given time (decision 022). */
    static Span emergency(Component host, String until) {
        return badge(host.getTranslation("case.badge.emergency", until), "vn-badge-error");
    }

    private static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("vn-badge", variant);
        return badge;
    }
}
