package org.vangnet.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.cases.BulkReassignment;
import org.vangnet.cases.CaseListItem;
import org.vangnet.cases.CaseService;
import org.vangnet.security.UserDirectory;
import org.vangnet.security.UserDirectory.Colleague;

/**
 * Gives the cases picked in the list to one counsellor of the team. Cases changed by someone else
 * since the list was shown are left alone and named, so the supervisor can look again.
 */
class ReassignDialog extends Dialog {

    /** Whom the cases go to, by the name the domain uses. */
    public record Reassignment(Long counsellor) {
    }

    private final ComboBox<Colleague> counsellor = new ComboBox<>();

    ReassignDialog(List<CaseListItem> picked, Long teamId, CaseService cases, UserDirectory directory,
            StepUpGuard stepUp, Consumer<BulkReassignment> done) {
        setHeaderTitle(getTranslation("plural.cases.reassign.title", picked.size()));
        counsellor.setLabel(getTranslation("cases.reassign.to"));
        counsellor.setItemLabelGenerator(Colleague::displayName);
        counsellor.setItemsPageable((pageable, text) -> directory.teamMembers(teamId, text, pageable).getContent());
        counsellor.setWidth("20rem");
        counsellor.setRequiredIndicatorVisible(true);
        counsellor.setId("reassign-to");
        var references = new Paragraph(String.join(", ", picked.stream().map(CaseListItem::reference).toList()));
        references.addClassName("vn-muted");
        Map<Long, Long> versions = new LinkedHashMap<>();
        picked.forEach(c -> versions.put(c.id(), c.version()));
        var form = new DomainForm<>(this, Reassignment.class)
                .bind("counsellor", counsellor, colleague -> colleague == null ? null : colleague.id(), id -> null);
        var ok = new Button(getTranslation("cases.reassign.confirm"), click -> stepUp.run(() -> form.submit(to -> {
            BulkReassignment result = cases.reassignAll(versions, to.counsellor());
            close();
            done.accept(result);
        })));
        ok.setId("reassign-confirm");
        add(counsellor, references);
        DialogActions.cancelAnd(this, ok);
    }
}
