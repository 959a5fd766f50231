package org.vangnet.audit.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import org.vangnet.audit.AuditQueryService;
import org.vangnet.audit.CaseLogRow;
import org.vangnet.base.ui.GridText;

/**
 * A case's access log, newest first, a page at a time as the grid scrolls; each page read is
 * itself audited. Fixed at the moment the case file was drawn, so reading does not shift the rows.
 */
class CaseLogPanel extends VerticalLayout {

    private final String caseId;
    private final String caseReference;

    CaseLogPanel(Long caseId, String caseReference, AuditQueryService audit, Instant asOf) {
        this.caseId = caseId.toString();
        this.caseReference = caseReference;
        setPadding(false);
        var intro = new Paragraph(getTranslation("audit.case-log.intro"));
        intro.addClassName("vn-muted");

        var grid = new Grid<CaseLogRow>(CaseLogRow.class, false);
        grid.addColumn(row -> dateTime(row.occurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.actorName().equals(row.actor()) ? row.actor()
                        : row.actorName() + " (" + row.actor() + ")")
                .setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(row -> row.actorRole() == null ? "" : getTranslation("role." + row.actorRole()))
                .setHeader(getTranslation("user.role")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("audit.action." + row.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(this::what).setHeader(getTranslation("audit.case-log.what")).setAutoWidth(true);
        GridText.wrapping(grid.addColumn(this::detail).setHeader(getTranslation("audit.detail"))
                .setWidth("14rem").setFlexGrow(1),
                this::detail);
        grid.addColumn(row -> getTranslation("audit.outcome." + row.outcome())).setHeader(getTranslation("audit.outcome"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("audit.case-log.empty"));
        grid.setItemsPageable(pageable -> audit.caseLog(caseId, asOf, pageable).getContent());
        grid.setHeight("32rem");
        add(intro, grid);
    }

    /**
     * The object's kind in words and its number; the case itself by its reference, and the case's own
     * parts (its police complaint, advice, this log) without the case's internal number.
     */
    private String what(CaseLogRow row) {
        if (row.objectType() == null) {
            return "";
        }
        if (!caseId.equals(row.objectId())) {
            return AuditTexts.object(this, row.objectType(), row.objectId());
        }
        String label = AuditTexts.object(this, row.objectType(), null);
        return "case".equalsIgnoreCase(row.objectType()) ? label + " " + caseReference : label;
    }

    private String detail(CaseLogRow row) {
        return AuditTexts.detail(this, row.objectType(), row.detail());
    }
}
