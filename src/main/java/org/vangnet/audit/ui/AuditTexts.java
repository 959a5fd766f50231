package org.vangnet.audit.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The audit trail in words (#16 point 12): modules write compact codes ({@code TRANSPARENCY_REPORT},
 * {@code status:DISMISSED,case-closed}, {@code rows:6}) because the trail is evidence and must not
 * change with a translation; the screens read them back in the user's language. A code without a
 * translation is shown as written rather than hidden.
 */
final class AuditTexts {

    /** What a translation provider returns for a key it does not have. */
    private static final String MISSING = "!";

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
        return id == null || id.isBlank() ? label : host.getTranslation("audit.object.numbered", label, id);
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
        return optional(host, "audit.detail." + key + "." + value).orElse(value);
    }

    private static Optional<String> optional(Component host, String key) {
        String text = host.getTranslation(key);
        return text == null || text.startsWith(MISSING) ? Optional.empty() : Optional.of(text);
    }
}
