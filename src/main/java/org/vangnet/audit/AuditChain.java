package org.vangnet.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hash chain of the audit trail as the verifier recomputes it (decision 030), independently of
 * the database functions that wrote it ({@code V017_1__audit_hash_chain.sql}; {@code V023_1} adds case_id
 * to the hashed text): a database owner who changed those functions would still be caught here.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    /**
     * The hashed columns, in their order, as SQL yielding text. To hash one more column, add it at
     * the end here and as the last argument of {@code audit_event_canonical} (a new migration): rows
     * where it is null keep their hashes, because absent fields at the end are left out.
     */
    static final List<String> HASHED_COLUMNS = List.of(
            "chain_seq::text",
            "id::text",
            "(extract(epoch from occurred_at) * 1000000)::bigint::text",
            "actor",
            "actor_role",
            "action",
            "object_type",
            "object_id",
            "outcome",
            "detail",
            "client_address",
            "case_id::text");

    private static final String ABSENT = "~";
    private static final String SEPARATOR = "|";

    private AuditChain() {
    }

    /** {@code select} list of the hashed columns, named {@code h0, h1, …}. */
    static String hashedColumnsSql() {
        var columns = new StringBuilder();
        for (int i = 0; i < HASHED_COLUMNS.size(); i++) {
            columns.append(i == 0 ? "" : ", ").append(HASHED_COLUMNS.get(i)).append(" as h").append(i);
        }
        return columns.toString();
    }

    static String canonical(List<String> fields) {
        String joined = fields.stream().map(AuditChain::field).collect(Collectors.joining(SEPARATOR));
        String absentAtEnd = SEPARATOR + ABSENT;
        while (joined.endsWith(absentAtEnd)) {
            joined = joined.substring(0, joined.length() - absentAtEnd.length());
        }
        return joined;
    }

    static String hash(String previous, String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((previous + SEPARATOR + canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(String value) {
        return value == null ? ABSENT : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }
}
