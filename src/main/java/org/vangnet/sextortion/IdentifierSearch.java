package org.vangnet.sextortion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.DomainException;
import org.vangnet.cases.CaseSearchSource;

/**
 * The extorters' identifiers in the one search box. The text is read as each kind of identifier in
 * turn, normalised as when it was recorded, and looked up by its keyed hash on the index {@code
 * (kind, lookup_hash, case_id)}. A username or transfer reference is compared with its platform or
 * service, which a search box does not know: it is looked up on every named one (a handful of
 * hashes on the same index); one recorded under OTHER with a typed name is not found this way.
 */
@Component
class IdentifierSearch implements CaseSearchSource {

    /** The cases holding one of the hashes, newest first, each row with the count of all of them. */
    static final String QUERY = """
            select case_id, count(*) over () as total
            from (select distinct i.case_id from extorter_identifier i
                  where i.kind = :kind and i.lookup_hash in (:hashes)) d
            order by case_id desc limit :candidates""";

    private final NamedParameterJdbcTemplate jdbc;
    private final FieldCipher cipher;

    IdentifierSearch(NamedParameterJdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public List<Found> find(String typed) {
        List<Found> found = new ArrayList<>();
        for (IdentifierKind kind : IdentifierKind.values()) {
            List<String> keys = matchKeys(kind, typed);
            if (keys.isEmpty()) {
                continue;
            }
            List<String> hashes = keys.stream().map(cipher::lookupHash).toList();
            CaseSearchSource.lookUp(jdbc, QUERY, new MapSqlParameterSource("kind", kind.name()).addValue("hashes", hashes),
                    "search.matched.extorter." + kind.name(), "extorter-" + kind.name()).ifPresent(found::add);
        }
        return found;
    }

    /** The match keys {@code typed} stands for as an identifier of {@code kind}; none when it is not one. */
    static List<String> matchKeys(IdentifierKind kind, String typed) {
        try {
            return switch (kind) {
                case USERNAME -> qualified(Arrays.stream(Platform.values()).filter(Platform::hasUsernames),
                        p -> NewIdentifier.username(p, typed));
                case TRANSFER_REFERENCE -> qualified(Arrays.stream(TransferService.values()),
                        s -> NewIdentifier.transferReference(s, typed));
                default -> List.of(NormalisedIdentifier.of(NewIdentifier.of(kind, typed)).matchKey());
            };
        } catch (DomainException notThisKind) {
            return List.of();
        }
    }

    private static <T extends Enum<T>> List<String> qualified(java.util.stream.Stream<T> qualifiers,
                                                             Function<T, NewIdentifier> identifier) {
        return qualifiers.filter(q -> !q.name().equals("OTHER"))
                .map(q -> NormalisedIdentifier.of(identifier.apply(q)).matchKey()).toList();
    }
}
