package org.vangnet.cases.ui;

import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.vangnet.cases.CaseDetails;

/**
 * One case as it is open in one case file: its id, its version and what the header shows, and the
 * tabs that want to hear when it changed. Opening the case is the one audited read; after a change
 * made through any tab, {@link #changed()} reads the case again without a new audit line and tells
 * every tab that has been shown, which then refreshes what it shows but never what the user is
 * typing (see {@code docs/decisions/016-case-file-model.md}).
 */
public final class OpenCase implements Serializable {

    private final transient Function<Long, CaseDetails> reread;
    private final List<Consumer<CaseDetails>> listeners = new ArrayList<>();
    private CaseDetails details;

    OpenCase(CaseDetails opened, Function<Long, CaseDetails> reread) {
        this.details = Objects.requireNonNull(opened);
        this.reread = reread;
    }

    public Long id() {
        return details.id();
    }

    /** The version of the case as last read: what a change of the case itself must name. */
    public long version() {
        return details.version();
    }

    /** What the header shows, as last read. */
    public CaseDetails details() {
        return details;
    }

    /** To be called after a change made through this case file: the header and every shown tab catch up. */
    public void changed() {
        details = reread.apply(details.id());
        List.copyOf(listeners).forEach(l -> l.accept(details));
    }

    /** Called with the case as it is now after each {@link #changed()}, for as long as the case file is open. */
    public Registration onChange(Consumer<CaseDetails> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
