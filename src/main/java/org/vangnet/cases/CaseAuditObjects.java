package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_AUDIT_READ;

import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The audited objects that belong to a case, so that the case's access log can find their lines in
 * the audit trail. The trail names an object by type and id (a takedown request, an extorter, a
 * follow-up...), not by the case it belongs to; the module that owns the objects knows which ones
 * are the case's. Modules contribute by providing a bean; the audit module reads them all.
 *
 * <p>Lines whose detail says {@code case:<id>} (a note, an extorter or a follow-up created, a
 * removed identifier, a case's follow-ups listed) are found by that detail and need no entry here;
 * objects deleted since (a removed identifier) can only be found that way.
 */
public interface CaseAuditObjects {

    /** The case's audited objects, by audit object type. Only ids: no personal data. */
    @PreAuthorize("hasAuthority('" + CASE_AUDIT_READ + "')")
    List<Objects> auditObjectsOf(Long caseId);

    /** Ids of one audit object type. */
    record Objects(String objectType, Collection<Long> ids) {

        public Objects {
            ids = List.copyOf(ids);
        }
    }
}
