package org.vangnet.takedowns;

import java.util.List;

/** What a counsellor fills in to ask a platform to take something offline. Never the image itself. */
public record NewTakedown(Long platformId, ReportRoute route, OnBehalfOf onBehalfOf, List<TakedownItem> items,
                          String contentDescription, boolean evidenceCaptured) {

    public static final int MAX_DESCRIPTION = 1000;

    public NewTakedown {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
