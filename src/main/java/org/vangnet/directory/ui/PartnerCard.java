package org.vangnet.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.vangnet.directory.PartnerDetails;

/**
 * One partner as a counsellor reads it out in the middle of a chat: what they do, for whom, the
 * number and the hours first, then chat, mail and web. Also the same facts as one text in the
 * client's language, to paste into the chat.
 */
final class PartnerCard {

    private PartnerCard() {
    }

    static Div card(Component host, PartnerDetails partner, Locale locale) {
        var card = new Div(new H3(partner.name()));
        card.addClassName("vn-card");
        card.addClassName("vn-partner-card");
        if (partner.description(locale) != null) {
            card.add(new Paragraph(partner.description(locale)));
        }
        var whom = new Span(forWhom(host, partner));
        whom.addClassName("vn-muted");
        card.add(new Div(whom));
        if (partner.phone() != null) {
            var phone = new Anchor("tel:" + partner.phone().replaceAll("[^+0-9]", ""), partner.phone());
            phone.addClassName("vn-partner-phone");
            card.add(new Div(new Span(host.getTranslation("directory.phone") + ": "), phone));
        }
        if (partner.hours(locale) != null) {
            card.add(new Div(new Span(partner.hours(locale))));
        }
        link(host, card, "directory.chat", partner.chatUrl(), partner.chatUrl());
        link(host, card, "directory.email", partner.email() == null ? null : "mailto:" + partner.email(),
                partner.email());
        link(host, card, "directory.website", partner.website(), partner.website());
        return card;
    }

    /** "For: up to 17 years · Belgium · Dutch, French". */
    static String forWhom(Component host, PartnerDetails partner) {
        String ages = partner.minAge() == null && partner.maxAge() == null ? host.getTranslation("directory.age.any")
                : partner.minAge() == null ? host.getTranslation("directory.age.to", partner.maxAge())
                : partner.maxAge() == null ? host.getTranslation("directory.age.from", partner.minAge())
                : host.getTranslation("directory.age.range", partner.minAge(), partner.maxAge());
        String languages = EnumSet.copyOf(partner.languages()).stream()
                .map(l -> host.getTranslation("directory.language." + l.name())).collect(Collectors.joining(", "));
        return host.getTranslation("directory.for", ages + " · "
                + host.getTranslation("directory.region." + partner.region().name()) + " · " + languages);
    }

    /** The partner's number, hours and addresses as sentences in {@code language}, ready to paste into a chat. */
    static String clientText(Component host, PartnerDetails partner, Locale language) {
        List<String> lines = new ArrayList<>();
        lines.add(partner.name() + (partner.description(language) == null ? "" : ": " + partner.description(language)));
        if (partner.phone() != null) {
            lines.add(host.getTranslation(language, "directory.tell.phone", partner.phone()));
        }
        if (partner.hours(language) != null) {
            lines.add(partner.hours(language));
        }
        if (partner.chatUrl() != null) {
            lines.add(host.getTranslation(language, "directory.tell.chat", partner.chatUrl()));
        }
        if (partner.email() != null) {
            lines.add(host.getTranslation(language, "directory.tell.email", partner.email()));
        }
        if (partner.website() != null) {
            lines.add(host.getTranslation(language, "directory.tell.website", partner.website()));
        }
        return String.join("\n", lines);
    }

    private static void link(Component host, Div card, String labelKey, String href, String text) {
        if (href == null) {
            return;
        }
        var anchor = new Anchor(href, text, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        card.add(new Div(new Span(host.getTranslation(labelKey) + ": "), anchor));
    }
}
