package org.vangnet.base.time;

import java.time.ZoneId;

/**
 * The helplines' time zone: days, weeks, months and years of cases, deadlines and reports are
 * counted in Brussels time, whatever the server's zone. SQL that groups by day or month says
 * {@code at time zone 'Europe/Brussels'} for the same reason.
 */
public final class HelplineZone {

    /** The zone's id, for annotations such as {@code @Scheduled(zone = ...)}. */
    public static final String ID = "Europe/Brussels";

    public static final ZoneId ZONE = ZoneId.of(ID);

    private HelplineZone() {
    }
}
