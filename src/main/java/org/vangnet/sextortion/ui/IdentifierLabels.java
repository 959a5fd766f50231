package org.vangnet.sextortion.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.vangnet.sextortion.IdentifierView;
import org.vangnet.sextortion.Platform;
import org.vangnet.sextortion.TransferService;

/** How identifiers, platforms and services are named on screen and in the text to copy. */
final class IdentifierLabels {

    private IdentifierLabels() {
    }

    /** "Phone number", or "Username · Instagram", "Transfer reference · Western Union". */
    static String kind(Component host, IdentifierView identifier) {
        String kind = host.getTranslation("sextortion.kind." + identifier.kind().name());
        if (identifier.platform() != null) {
            return kind + " · " + channel(host, identifier.platform(), identifier.otherName());
        }
        if (identifier.service() != null) {
            return kind + " · " + service(host, identifier.service(), identifier.otherName());
        }
        return kind;
    }

    static String channel(Component host, Platform platform, String otherName) {
        return platform == Platform.OTHER && otherName != null ? otherName
                : host.getTranslation("sextortion.channel." + platform.name());
    }

    static String service(Component host, TransferService service, String otherName) {
        return service == TransferService.OTHER && otherName != null ? otherName
                : host.getTranslation("sextortion.service." + service.name());
    }

    /** One identifier per line, labelled, for a police complaint or a takedown request. */
    static String copyText(Component host, String label, List<IdentifierView> identifiers) {
        var text = new StringBuilder(host.getTranslation("sextortion.copy.heading",
                label == null ? "" : label).strip()).append('\n');
        for (IdentifierView identifier : identifiers) {
            text.append(kind(host, identifier)).append(": ").append(identifier.display()).append('\n');
        }
        return text.toString();
    }
}
