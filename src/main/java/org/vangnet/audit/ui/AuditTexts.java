package org.vangnet.audit.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.base.ui.Formats;

/**
 * The audit trail in words (#16 point 12): modules write compact codes ({@code TRANSPARENCY_REPORT},
 * {@code status:DISMISSED,case-closed}, {@code rows:6}) because the trail is evidence and must not
 * change with a translation; the screens read them back in the user's language. A code without a
 * translation is shown as written rather than hidden.
 */
final class AuditTexts {

    /**
     * Where the value of a detail is translated, by detail key, and for a status by object type (in
     * lower case: the audit object types, compared without regard to case).
     */
    private static final Map<String, String> STATUS_BY_TYPE = Map.of("case", "case.status.",
            "takedown", "takedown.status.", "follow_up", "followup.status.", "case_referral", "referral.status.");
    private static final Map<String, List<String>> VALUES_BY_KEY = Map.of(
            "kind", List.of("evidence.kind.", "sextortion.kind."),
            "outcome", List.of("sextortion.recovery.outcome."),
            "rule", List.of("followup.source."),
            "wish", List.of("complaint.wish."),
            "given", List.of("consent.action."),
            "withdrawn", List.of("consent.action."),
            "role", List.of("role."));

    private AuditTexts() {
    }

    /** The object's kind in words and its number, or for the report of a year just the year. */
    static String object(Component host, String type, String id) {
        if (type == null) {
            return "";
        }
        String label = optional(host, "audit.object-type." + type).orElse(type);
        if (id == null || id.isBlank()) {
            return label;
        }
        // A report read for a role ("the contacts report as seen by a counsellor") names the role.
        Optional<String> role = id.matches("[A-Z_]+") ? optional(host, "role." + id) : Optional.empty();
        return role.map(r -> host.getTranslation("audit.object.for-role", label, r))
                .orElseGet(() -> host.getTranslation("audit.object.numbered", label, id));
    }

    /** Each part of the detail in words, joined by a middle dot. */
    static String detail(Component host, String type, String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : detail.split(",")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                parts.add(optional(host, "audit.detail." + part).orElse(part));
                continue;
            }
            String key = part.substring(0, colon);
            String value = part.substring(colon + 1);
            String label = optional(host, "audit.detail." + key).orElse(key);
            parts.add(host.getTranslation("audit.detail.pair", label, value(host, type, key, value)));
        }
        return String.join(" · ", parts);
    }

    private static String value(Component host, String type, String key, String value) {
        String statusPrefix = type == null ? null : STATUS_BY_TYPE.get(type.toLowerCase(Locale.ROOT));
        List<String> prefixes = "status".equals(key) && statusPrefix != null
                ? List.of(statusPrefix) : VALUES_BY_KEY.getOrDefault(key, List.of());
        for (String prefix : prefixes) {
            Optional<String> text = optional(host, prefix + value);
            if (text.isPresent()) {
                return text.get();
            }
        }
        Matcher range = DATE_RANGE.matcher(value);
        if (range.matches()) {
            Locale locale = locale(host);
            return Formats.date(LocalDate.parse(range.group(1)), locale) + " – "
                    + Formats.date(LocalDate.parse(range.group(2)), locale);
        }
        return optional(host, "audit.detail." + key + "." + value).orElse(value);
    }

    /** A period as the reports write it: {@code 2026-01-01..2026-12-06}. */
    private static final Pattern DATE_RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    private static Optional<String> optional(Component host, String key) {
        // Asked first, so a code without a text does not log a missing translation per row drawn.
        return TranslationProvider.has(key, locale(host)) ? Optional.of(host.getTranslation(key)) : Optional.empty();
    }

    private static Locale locale(Component host) {
        return host.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(Locale.ROOT);
    }
}
