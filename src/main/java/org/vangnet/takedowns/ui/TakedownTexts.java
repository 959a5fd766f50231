package org.vangnet.takedowns.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.vangnet.base.ui.Formats;
import org.vangnet.takedowns.TakedownItem;
import org.vangnet.takedowns.TakedownStatus;

/** Labels shared by the takedown screens. */
final class TakedownTexts {

    private TakedownTexts() {
    }

    static Span status(Component host, TakedownStatus status) {
        var badge = new Span(host.getTranslation("takedown.status." + status.name()));
        badge.addClassNames("vn-badge", switch (status) {
            case REMOVED -> "vn-badge-success";
            case REFUSED, REAPPEARED -> "vn-badge-error";
            case ESCALATED, APPEALED, INFO_REQUESTED, RESTRICTED -> "vn-badge-warning";
            case WITHDRAWN, CLOSED -> "vn-badge-muted";
            default -> "vn-badge-info";
        });
        return badge;
    }

    static String item(Component host, TakedownItem item) {
        return host.getTranslation("takedown.item." + item.kind().name()) + ": " + item.value();
    }

    static String when(Component host, String key, Instant instant) {
        return instant == null ? null : host.getTranslation(key, dateTime(instant, com.vaadin.flow.component.UI.getCurrent().getLocale()));
    }

    static String date(Component host, String key, java.time.LocalDate date) {
        return date == null ? null : host.getTranslation(key, Formats.date(date, com.vaadin.flow.component.UI.getCurrent().getLocale()));
    }
}
