package org.vangnet.cases;

import java.util.Set;

/** What the counsellor fills in to open a case. */
public record NewCase(IntakeChannel channel, ClientDetails client, Set<HarmKind> harms, String summary) {

    public static final int MAX_SUMMARY = 2000;

    public NewCase {
        harms = harms == null ? Set.of() : Set.copyOf(harms);
    }
}
