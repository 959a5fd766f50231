package org.vangnet.sextortion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExtorterIdentifierRepository extends JpaRepository<ExtorterIdentifier, Long> {

    List<ExtorterIdentifier> findByCaseIdOrderByIdAsc(Long caseId);

    List<ExtorterIdentifier> findByExtorterIdOrderByIdAsc(Long extorterId);

    boolean existsByExtorterIdAndKindAndLookupHash(Long extorterId, IdentifierKind kind, String lookupHash);
}
