package org.vangnet.takedowns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/** A platform in the catalogue: what it needs, how to report there, and the guidance, in three languages. */
@Entity
@Table(name = "platform")
class Platform extends AbstractEntity {

    static final int MAX_GUIDANCE = 6000;
    static final int MAX_WHO = 1000;

    @Column(name = "code", nullable = false, updatable = false, length = 30)
    private String code;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile", nullable = false, updatable = false, length = 20)
    private PlatformProfile profile;

    @Column(name = "routes", nullable = false, length = 200)
    private String routes;

    @Column(name = "max_items_per_report")
    private Integer maxItemsPerReport;

    @Column(name = "report_language", length = 10)
    private String reportLanguage;

    @Column(name = "report_url", length = 300)
    private String reportUrl;

    @Column(name = "who_may_report_nl", length = MAX_WHO)
    private String whoMayReportNl;

    @Column(name = "who_may_report_fr", length = MAX_WHO)
    private String whoMayReportFr;

    @Column(name = "who_may_report_en", length = MAX_WHO)
    private String whoMayReportEn;

    @Column(name = "guidance_nl", nullable = false, length = MAX_GUIDANCE)
    private String guidanceNl;

    @Column(name = "guidance_fr", nullable = false, length = MAX_GUIDANCE)
    private String guidanceFr;

    @Column(name = "guidance_en", nullable = false, length = MAX_GUIDANCE)
    private String guidanceEn;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Platform() {
    }

    Set<ReportRoute> routes() {
        return Arrays.stream(routes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(ReportRoute::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportRoute.class)));
    }

    void update(PlatformDetails details) {
        String newName = details.name() == null ? "" : details.name().strip();
        if (newName.isEmpty() || newName.length() > 80) {
            throw DomainException.onField("name", "validation.required");
        }
        if (details.routes() == null || details.routes().isEmpty()) {
            throw DomainException.onField("routes", "validation.takedown.routes-required");
        }
        if (details.maxItemsPerReport() != null && details.maxItemsPerReport() < 1) {
            throw DomainException.onField("maxItems", "validation.takedown.max-items");
        }
        this.name = newName;
        this.routes = details.routes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.maxItemsPerReport = details.maxItemsPerReport();
        this.reportLanguage = blankToNull(details.reportLanguage());
        this.reportUrl = blankToNull(details.reportUrl());
        this.whoMayReportNl = Texts.optional("whoNl", details.whoMayReportNl(), MAX_WHO);
        this.whoMayReportFr = Texts.optional("whoFr", details.whoMayReportFr(), MAX_WHO);
        this.whoMayReportEn = Texts.optional("whoEn", details.whoMayReportEn(), MAX_WHO);
        this.guidanceNl = Texts.required("guidanceNl", details.guidanceNl(), MAX_GUIDANCE);
        this.guidanceFr = Texts.required("guidanceFr", details.guidanceFr(), MAX_GUIDANCE);
        this.guidanceEn = Texts.required("guidanceEn", details.guidanceEn(), MAX_GUIDANCE);
        this.active = details.active();
    }

    PlatformDetails toDetails() {
        return new PlatformDetails(getId(), getVersion(), code, name, profile, routes(), maxItemsPerReport,
                reportLanguage, reportUrl, whoMayReportNl, whoMayReportFr, whoMayReportEn, guidanceNl, guidanceFr,
                guidanceEn, active);
    }

    String guidance(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> guidanceFr;
            case "en" -> guidanceEn;
            default -> guidanceNl;
        };
    }

    String getName() {
        return name;
    }

    String getCode() {
        return code;
    }

    PlatformProfile getProfile() {
        return profile;
    }

    Integer getMaxItemsPerReport() {
        return maxItemsPerReport;
    }

    boolean isActive() {
        return active;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
