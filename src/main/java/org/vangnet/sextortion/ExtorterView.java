package org.vangnet.sextortion;

import java.util.List;

/** An extorter of a case with everything known of them, as the sextortion tab shows it. */
public record ExtorterView(Long id, long version, String label, String notes, List<IdentifierView> identifiers,
                           List<ContactView> contacts, List<RecoveryView> recoveries) {

    public ExtorterView {
        identifiers = List.copyOf(identifiers);
        contacts = List.copyOf(contacts);
        recoveries = List.copyOf(recoveries);
    }
}
