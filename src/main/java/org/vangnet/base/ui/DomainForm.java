package org.vangnet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.vangnet.base.domain.DomainException;

/**
 * A form for one record DTO: each field is bound to a component of the record by its name, and a
 * rule the domain refused is shown next to the field bound to the component it names. Decision 042.
 *
 * <p>Built on Vaadin's {@link Binder}: binding by name is checked against the record when the form
 * is built, so a misspelt name fails on opening the screen, not by a message landing in a
 * notification; the record is read into the fields and written from them by the binder. The binder
 * carries no rules of its own (no validators, no required checks, and the component's own checks
 * switched off): the domain is the only judge, and its refusal arrives as a {@link DomainException}
 * with every broken rule ({@link DomainException#all()}). Each is shown on the field of its component,
 * the rest in one notification; the first field in error gets the focus; what was typed stays; the
 * marks go at the next try.
 *
 * @param <R> the record the form fills in, public (the binder reads and builds it by reflection)
 */
public final class DomainForm<R extends Record> implements Serializable {

    private final Component host;
    private final Class<R> type;
    private final Binder<R> binder;
    private final Set<String> components = new LinkedHashSet<>();
    private final Map<String, HasValidation> shownOn = new LinkedHashMap<>();
    private final List<DomainForm<?>> nested = new ArrayList<>();
    private final List<SerializableFunction<String, HasValidation>> routes = new ArrayList<>();
    private final Set<HasValidation> marked = new LinkedHashSet<>();

    /**
     * @param host the component whose language the messages are in (the view, panel or dialog)
     * @param type a public record with one constructor (the binder builds it through that one)
     */
    public DomainForm(Component host, Class<R> type) {
        if (!type.isRecord() || type.getDeclaredConstructors().length != 1) {
            throw new IllegalArgumentException(type.getName() + " is not a record with a single constructor");
        }
        this.host = host;
        this.type = type;
        this.binder = new Binder<>(type);
        // The component's own checks (min/max of a number, a date's range) stay hints in the browser.
        binder.setDefaultValidatorsEnabled(false);
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
    }

    /** Binds a field whose value is the component's value, as is. */
    public <V> DomainForm<R> bind(String component, HasValue<?, V> field) {
        start(component, field).bind(component);
        return this;
    }

    /** Binds a field whose value the record holds in another type (a picked colleague as their id). */
    public <V, T> DomainForm<R> bind(String component, HasValue<?, V> field, SerializableFunction<V, T> toRecord,
                                     SerializableFunction<T, V> toField) {
        start(component, field).withConverter(toRecord, toField).bind(component);
        return this;
    }

    /** Binds a text field limited to {@code max} characters, the domain's constant: counted, never cut. */
    public DomainForm<R> text(String component, TextField field, int max) {
        return bind(component, TextLimit.counted(field, max));
    }

    /** Binds a text area limited to {@code max} characters, the domain's constant: counted, never cut. */
    public DomainForm<R> text(String component, TextArea area, int max) {
        return bind(component, TextLimit.counted(area, max));
    }

    /**
     * A component the user does not type but the form supplies (the list of contact rows, a value
     * fixed by where the form was opened): read when the record is built, given when one is read.
     */
    public <T> DomainForm<R> supplied(String component, SerializableSupplier<T> value, SerializableConsumer<T> onRead) {
        Supplied<T> slot = new Supplied<>(value, onRead);
        binder.forField(slot).withValidationStatusHandler(status -> { }).bind(requireComponent(component));
        return this;
    }

    /** A component with a fixed value, not shown (what the form is about, decided before it opened). */
    public <T> DomainForm<R> fixed(String component, T value) {
        return supplied(component, () -> value, read -> { });
    }

    /**
     * A component that is a record of its own, filled in by {@code inner}; the domain names the inner
     * record's fields plainly ("alias", not "client.alias"), so a refusal the outer record has no
     * component for is looked for in the inner form.
     */
    public <T extends Record> DomainForm<R> nest(String component, DomainForm<T> inner) {
        nested.add(inner);
        return supplied(component, inner::value, inner::read);
    }

    /**
     * Where a refusal about something that is not a component goes: a row of a list the domain names
     * by position ("contact.2"). {@code route} answers {@code null} for names it does not know.
     */
    public DomainForm<R> showsOn(SerializableFunction<String, HasValidation> route) {
        routes.add(route);
        return this;
    }

    /** Shows the record in the fields. */
    public void read(R record) {
        binder.readRecord(record);
    }

    /** The record the fields hold now, as typed: the domain judges it when it is handed on. */
    public R value() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            // Only the form's own conversions could fail here, and they are total: a fault in the form.
            throw new IllegalStateException("the fields of " + type.getSimpleName() + " could not be read", e);
        } catch (RuntimeException e) {
            // A record that checks itself in its constructor: its refusal is the domain's, not a fault.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException refusal) {
                    throw refusal;
                }
            }
            throw e;
        }
    }

    /**
     * Clears the marks of the last try, builds the record and hands it to {@code action} (the
     * service call). A refusal of the domain is shown next to its fields, or as a notification, and
     * every field keeps its input. Returns whether the action went through.
     */
    public boolean submit(Consumer<R> action) {
        clear();
        try {
            action.accept(value());
            return true;
        } catch (DomainException refusal) {
            show(refusal);
            return false;
        }
    }

    /** Shows every rule of {@code refusal}, each on its field; the first field in error gets the focus. */
    public void show(DomainException refusal) {
        HasValidation first = null;
        List<String> elsewhere = new ArrayList<>();
        for (DomainException problem : refusal.all()) {
            String text = host.getTranslation(problem.messageKey(), problem.arguments());
            Optional<HasValidation> field = Optional.ofNullable(problem.field()).flatMap(this::fieldOf);
            if (field.isEmpty()) {
                elsewhere.add(text);
            } else if (mark(field.get(), text)) {
                first = first == null ? field.get() : first;
            }
        }
        if (!elsewhere.isEmpty()) {
            FormErrors.notifyError(String.join(" ", elsewhere));
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** Takes away the marks the domain's last refusal put on the fields. */
    public void clear() {
        nested.forEach(DomainForm::clear);
        marked.forEach(field -> field.setInvalid(false));
        marked.clear();
    }

    private boolean mark(HasValidation field, String text) {
        // One message per field: the first rule it broke, as the domain checked them.
        if (!marked.add(field)) {
            return false;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
        return true;
    }

    private Optional<HasValidation> fieldOf(String name) {
        if (shownOn.containsKey(name)) {
            return Optional.of(shownOn.get(name));
        }
        for (DomainForm<?> inner : nested) {
            Optional<HasValidation> found = inner.fieldOf(name);
            if (found.isPresent()) {
                // Marked by this form, so that the next try clears it as well.
                return found;
            }
        }
        return routes.stream().map(route -> route.apply(name)).filter(Objects::nonNull).findFirst();
    }

    private <V> Binder.BindingBuilder<R, V> start(String component, HasValue<?, V> field) {
        requireComponent(component);
        if (field instanceof HasValidation validation) {
            shownOn.put(component, validation);
        }
        // The binder never marks a field itself: the domain's messages stay until the next try.
        return binder.forField(field).withValidationStatusHandler(status -> { });
    }

    private String requireComponent(String component) {
        if (!components.contains(component)) {
            String known = String.join(", ", components);
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component + ": " + known);
        }
        if (binder.getBinding(component).isPresent()) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + component + " is bound twice");
        }
        return component;
    }

    /** A value the form supplies rather than a field the user types in; not a component on the page. */
    private static final class Supplied<T> implements HasValue<HasValue.ValueChangeEvent<T>, T> {

        private final SerializableSupplier<T> value;
        private final SerializableConsumer<T> onRead;

        private Supplied(SerializableSupplier<T> value, SerializableConsumer<T> onRead) {
            this.value = value;
            this.onRead = onRead;
        }

        @Override
        public void setValue(T read) {
            onRead.accept(read);
        }

        @Override
        public T getValue() {
            return value.get();
        }

        @Override
        public com.vaadin.flow.shared.Registration addValueChangeListener(
                ValueChangeListener<? super ValueChangeEvent<T>> listener) {
            return () -> { };
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            // Nothing to type in.
        }

        @Override
        public boolean isReadOnly() {
            return false;
        }

        @Override
        public void setRequiredIndicatorVisible(boolean requiredIndicatorVisible) {
            // Nothing shown.
        }

        @Override
        public boolean isRequiredIndicatorVisible() {
            return false;
        }
    }
}
