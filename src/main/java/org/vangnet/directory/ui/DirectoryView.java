package org.vangnet.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.vangnet.directory.PartnerDetails;
import org.vangnet.directory.ReferralDirectory;
import org.vangnet.security.Roles;

/** Administrators keep the referral directory: who each partner helps and how a client reaches them. */
@Route("admin/directory")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.admin.directory", order = 85, icon = "vaadin:book")
class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final ReferralDirectory directory;
    private final Grid<PartnerDetails> grid = new Grid<>(PartnerDetails.class, false);
    private final TextField filter = new TextField();

    DirectoryView(ReferralDirectory directory) {
        this.directory = directory;
        setSizeFull();
        addClassName("vn-list-view");
        filter.setPlaceholder(getTranslation("directory.search"));
        filter.setAriaLabel(getTranslation("directory.search"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var add = new Button(getTranslation("directory.add"), VaadinIcon.PLUS.create(),
                click -> new PartnerDialog(PartnerDetails.blank(), directory, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(PartnerDetails::name).setHeader(getTranslation("directory.name")).setFlexGrow(2);
        grid.addColumn(p -> Objects.requireNonNullElse(p.phone(), "")).setHeader(getTranslation("directory.phone"))
                .setAutoWidth(true);
        grid.addColumn(p -> PartnerCard.forWhom(this, p)).setHeader(getTranslation("directory.for-whom"))
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.active() ? "directory.active" : "directory.inactive"))
                .setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> directory.find(filter.getValue(), true, pageable).getContent());
        grid.addItemClickListener(e -> new PartnerDialog(e.getItem(), directory, this::refresh).open());
        grid.setSizeFull();
        add(new HorizontalLayout(filter, add), grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.directory");
    }
}
