package org.vangnet.sextortion;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.vangnet.base.crypto.EncryptedString;

/**
 * One identifier of an extorter, stored normalised. Never changed: a wrong one is removed and the
 * right one added. {@code caseId} is repeated from the extorter (the database keeps the two
 * consistent) so that matching across cases needs no join. The value is encrypted in the table;
 * matching uses the keyed hash of the match key, which the service computes (decision 013).
 */
@Entity
@Immutable
@Table(name = "extorter_identifier")
class ExtorterIdentifier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "extorter_id", nullable = false)
    private Long extorterId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private IdentifierKind kind;

    @Column(name = "qualifier", length = 20)
    private String qualifier;

    @Column(name = "qualifier_other", length = NormalisedIdentifier.MAX_OTHER_NAME)
    private String qualifierOther;

    @Convert(converter = EncryptedString.class)
    @Column(name = "value", nullable = false, length = 6000)
    private String value;

    @Column(name = "lookup_hash", nullable = false, length = 64)
    private String lookupHash;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 50)
    private String addedBy;

    protected ExtorterIdentifier() {
    }

    ExtorterIdentifier(Extorter extorter, NormalisedIdentifier identifier, String lookupHash, Instant now, String by) {
        this.extorterId = extorter.getId();
        this.caseId = extorter.getCaseId();
        this.kind = identifier.kind();
        this.qualifier = identifier.qualifier();
        this.qualifierOther = identifier.qualifierOther();
        this.value = identifier.value();
        this.lookupHash = lookupHash;
        this.addedAt = now;
        this.addedBy = by;
    }

    IdentifierView toView() {
        return new IdentifierView(id, extorterId, kind,
                kind.needsPlatform() ? Platform.valueOf(qualifier) : null,
                kind.needsService() ? TransferService.valueOf(qualifier) : null,
                qualifierOther, value);
    }

    Long getId() {
        return id;
    }

    Long getExtorterId() {
        return extorterId;
    }

    Long getCaseId() {
        return caseId;
    }

    IdentifierKind getKind() {
        return kind;
    }
}
