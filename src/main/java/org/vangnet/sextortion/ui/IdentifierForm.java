package org.vangnet.sextortion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.TextLimit;
import org.vangnet.sextortion.IdentifierKind;
import org.vangnet.sextortion.NewIdentifier;
import org.vangnet.sextortion.Platform;
import org.vangnet.sextortion.TransferService;

/**
 * Adds an identifier to an extorter. The platform is asked for a username, the service for a
 * transfer reference, a name for "other"; the domain normalises the value and says, next to the
 * field, what is wrong with it.
 */
class IdentifierForm extends HorizontalLayout {

    private final Select<IdentifierKind> kind = new Select<>();
    private final Select<Platform> platform = new Select<>();
    private final Select<TransferService> service = new Select<>();
    private final TextField otherName = new TextField();
    private final TextField value = new TextField();

    IdentifierForm(Long caseId, Long extorterId, SextortionServices services, Runnable onChanged) {
        kind.setLabel(getTranslation("sextortion.identifier.kind"));
        kind.setItems(IdentifierKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("sextortion.kind." + k.name()));
        kind.setWidth("13rem");
        platform.setLabel(getTranslation("sextortion.identifier.platform"));
        platform.setItems(Arrays.stream(Platform.values()).filter(Platform::hasUsernames).toList());
        platform.setItemLabelGenerator(p -> getTranslation("sextortion.channel." + p.name()));
        platform.setValue(Platform.INSTAGRAM);
        platform.setWidth("10rem");
        service.setLabel(getTranslation("sextortion.identifier.service"));
        service.setItems(TransferService.values());
        service.setItemLabelGenerator(s -> getTranslation("sextortion.service." + s.name()));
        service.setValue(TransferService.WESTERN_UNION);
        service.setWidth("11rem");
        otherName.setLabel(getTranslation("sextortion.identifier.other-name"));
        value.setLabel(getTranslation("sextortion.identifier.value"));
        // Its helper line changes with the kind, so no counter here: the browser's limit is the domain's.
        value.setMaxLength(NewIdentifier.MAX_VALUE);
        value.setWidth("20rem");
        kind.addValueChangeListener(e -> adapt());
        platform.addValueChangeListener(e -> adapt());
        service.addValueChangeListener(e -> adapt());
        kind.setValue(IdentifierKind.USERNAME);

        // A hidden field says nothing: only what the chosen kind shows goes into the record.
        var form = new DomainForm<>(this, NewIdentifier.class)
                .bind("kind", kind)
                .bind("platform", platform, chosen -> platform.isVisible() ? chosen : null, chosen -> chosen)
                .bind("service", service, chosen -> service.isVisible() ? chosen : null, chosen -> chosen)
                .bind("otherName", TextLimit.counted(otherName, NewIdentifier.MAX_OTHER_NAME),
                        name -> otherName.isVisible() ? name : null, name -> name)
                .bind("value", value);
        var add = new Button(getTranslation("sextortion.identifier.add"), click -> form.submit(typed -> {
            services.extorters().addIdentifier(caseId, extorterId, typed);
            value.clear();
            onChanged.run();
        }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(kind, platform, service, otherName, value, add);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("vn-identifier-form");
    }

    /** Shows what the chosen kind needs, and a hint of how to type it. */
    private void adapt() {
        IdentifierKind chosen = kind.getValue();
        boolean needsPlatform = chosen != null && chosen.needsPlatform();
        boolean needsService = chosen != null && chosen.needsService();
        platform.setVisible(needsPlatform);
        service.setVisible(needsService);
        otherName.setVisible(needsPlatform && platform.getValue() == Platform.OTHER
                || needsService && service.getValue() == TransferService.OTHER);
        value.setHelperText(chosen == null ? null : getTranslation("sextortion.identifier.help." + chosen.name()));
    }
}
