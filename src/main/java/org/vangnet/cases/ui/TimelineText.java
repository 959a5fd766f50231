package org.vangnet.cases.ui;

import com.vaadin.flow.component.Component;
import org.vangnet.cases.TimelineItem;

/** Renders a timeline event in the user's language; arguments written {@code t:key} are translated too. */
final class TimelineText {

    private TimelineText() {
    }

    static String of(Component host, TimelineItem item) {
        if (item.messageKey() == null) {
            return "";
        }
        Object[] arguments = item.arguments().stream()
                .map(a -> a.startsWith("t:") ? host.getTranslation(a.substring(2)) : a)
                .toArray();
        return host.getTranslation(item.messageKey(), arguments);
    }
}
