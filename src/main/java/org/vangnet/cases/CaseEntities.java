package org.vangnet.cases;

import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;

/**
 * "Entity X of case Y at version V, if the user may": the check every write on something of a case
 * starts with, in one place for every module. The case must be in the user's scope (a refusal is
 * audited by {@link CaseAccess}); an id of another case is "not found", never a hint that it exists;
 * a version other than the one the form was loaded with is a concurrent change.
 */
@Component
public class CaseEntities {

    private final CaseAccess access;

    CaseEntities(CaseAccess access) {
        this.access = access;
    }

    /** The entity of this case, for a read or a change that needs no version (adding to it). */
    public <T extends AbstractEntity & CaseOwned> T require(Long caseId, CrudRepository<T, Long> repository, Long id) {
        access.requireAccess(caseId);
        return repository.findById(id).filter(entity -> entity.getCaseId().equals(caseId))
                .orElseThrow(() -> new DomainException("error.not-found"));
    }

    /** The entity of this case, still at the version the user's form started from. */
    public <T extends AbstractEntity & CaseOwned> T requireAt(Long caseId, CrudRepository<T, Long> repository, Long id,
                                                             long expectedVersion) {
        T entity = require(caseId, repository, id);
        ConcurrentChangeException.check(entity, expectedVersion);
        return entity;
    }
}
