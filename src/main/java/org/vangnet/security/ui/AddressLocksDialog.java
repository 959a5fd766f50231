package org.vangnet.security.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.AddressLock;
import org.vangnet.security.SignInAddressLocks;

/** Client addresses refused at sign-in after too many failures; an administrator lifts a lock. */
class AddressLocksDialog extends Dialog {

    AddressLocksDialog(SignInAddressLocks locks) {
        setHeaderTitle(getTranslation("users.address-locks"));
        setWidth("36rem");
        var help = new Paragraph(getTranslation("users.address-locks.help"));
        help.addClassName("vn-muted");
        var grid = new Grid<AddressLock>(AddressLock.class, false);
        grid.addColumn(AddressLock::address).setHeader(getTranslation("users.address-locks.address")).setAutoWidth(true);
        grid.addColumn(lock -> dateTime(lock.lockedUntil(), getLocale()))
                .setHeader(getTranslation("users.address-locks.until")).setAutoWidth(true);
        grid.addComponentColumn(lock -> {
            var lift = new Button(getTranslation("users.unlock"), click -> {
                locks.lift(lock.address());
                FormErrors.notifySuccess(getTranslation("users.address-locks.lifted", lock.address()));
                grid.getDataProvider().refreshAll();
            });
            lift.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return lift;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("users.address-locks.none"));
        grid.setItemsPageable(pageable -> locks.find(pageable).getContent());
        grid.setHeight("20rem");
        add(help, grid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
