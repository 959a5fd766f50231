package org.vangnet.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.Priority;

/** Small coloured labels for status, priority and "minor". */
final class Badges {

    private Badges() {
    }

    static Span status(Component host, CaseStatus status) {
        return badge(host.getTranslation("case.status." + status.name()), statusVariant(status));
    }

    static Span priority(Component host, Priority priority) {
        return badge(host.getTranslation("case.priority." + priority.name()), priorityVariant(priority));
    }

    static String statusVariant(CaseStatus status) {
        return status == CaseStatus.CLOSED ? "vn-badge-muted" : "vn-badge-info";
    }

    static String priorityVariant(Priority priority) {
        return switch (priority) {
            case URGENT -> "vn-badge-error";
            case HIGH -> "vn-badge-warning";
            case NORMAL -> "vn-badge-muted";
        };
    }

    /**
     * The same badge drawn by the browser in a grid cell from its text and variant: no component per row,
     * so nothing per row stays in the session (decision 043).
     */
    static <T> LitRenderer<T> renderer(ValueProvider<T, String> text, ValueProvider<T, String> variant) {
        return LitRenderer.<T>of("""
                        <span class="vn-badge ${item.variant}">${item.text}</span>""")
                .withProperty("text", text)
                .withProperty("variant", variant);
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
