package org.vangnet.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.crypto.FieldCipher;

/**
 * The audit lines of reads that open no single case: the case list and "already known?" (issue 15,
 * point 7). They say which filters were used, never a value the user typed: a typed value appears
 * only as the first characters of its keyed lookup hash (the key of decision 013), so that whoever
 * holds the key can tell whether a given number was looked up, and nobody else can read it.
 */
final class CaseReadAudit {

    static final String LIST_TYPE = "CASE_LIST";
    static final String LOOKUP_TYPE = "CASE_LOOKUP";
    /** 64 bits of the HMAC: enough to recognise a value, short enough for the detail column. */
    static final int HASH_CHARACTERS = 16;

    private CaseReadAudit() {
    }

    /** The list with its filters: chosen values by name, the typed search text as a keyed hash. */
    static AuditEntry listed(CaseFilter filter, FieldCipher cipher) {
        var used = new StringJoiner(";");
        if (!filter.statuses().isEmpty()) {
            used.add("status=" + filter.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (filter.harm() != null) {
            used.add("harm=" + filter.harm().name());
        }
        if (filter.priority() != null) {
            used.add("priority=" + filter.priority().name());
        }
        if (filter.counsellorId() != null) {
            used.add("counsellor=" + filter.counsellorId());
        }
        if (filter.teamId() != null) {
            used.add("team=" + filter.teamId());
        }
        if (filter.openedFrom() != null || filter.openedTo() != null) {
            used.add("opened");
        }
        if (filter.closingToApprove()) {
            used.add("closing-to-approve");
        }
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            used.add("q#" + keyed(text, cipher));
        }
        return AuditEntry.read(LIST_TYPE, null).withDetail(fit(used.length() == 0 ? "all" : used.toString()));
    }

    /**
     * "Already known?": which of alias, phone, e-mail were compared (each as a keyed hash of its
     * normalised value) and how many cases matched.
     */
    static AuditEntry lookedUp(String alias, String phone, String email, int found, FieldCipher cipher) {
        List<String> used = new ArrayList<>();
        if (alias != null) {
            used.add("alias#" + keyed(alias, cipher));
        }
        if (phone != null) {
            used.add("phone#" + keyed(phone, cipher));
        }
        if (email != null) {
            used.add("email#" + keyed(email, cipher));
        }
        used.add("found=" + found);
        return AuditEntry.read(LOOKUP_TYPE, null).withDetail(fit(String.join(";", used)));
    }

    private static String keyed(String normalised, FieldCipher cipher) {
        return cipher.lookupHash(normalised).substring(0, HASH_CHARACTERS);
    }

    private static String fit(String detail) {
        return detail.length() <= AuditEntry.MAX_DETAIL ? detail : detail.substring(0, AuditEntry.MAX_DETAIL);
    }
}
