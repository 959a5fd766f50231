package org.vangnet.takedowns;

import java.util.Locale;
import java.util.Set;

/** A platform as the catalogue shows and edits it. */
public record PlatformDetails(Long id, long version, String code, String name, PlatformProfile profile,
                              Set<ReportRoute> routes, Integer maxItemsPerReport, String reportLanguage,
                              String reportUrl, String whoMayReportNl, String whoMayReportFr, String whoMayReportEn,
                              String guidanceNl, String guidanceFr, String guidanceEn, boolean active) {

    public String guidance(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> guidanceFr;
            case "en" -> guidanceEn;
            default -> guidanceNl;
        };
    }

    public String whoMayReport(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> whoMayReportFr;
            case "en" -> whoMayReportEn;
            default -> whoMayReportNl;
        };
    }
}
