package org.vangnet.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.EmailAddress;
import org.vangnet.base.domain.Texts;
import org.vangnet.base.domain.WebAddress;

/**
 * A partner of the referral directory. Every change goes through {@link #update}, which checks the
 * whole record: a name, a region, at least one language, an age range that makes sense, and
 * contact details in a shape a client can use.
 */
@Entity
@Table(name = "referral_partner")
class ReferralPartner extends AbstractEntity {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_HOURS = 300;
    static final int MAX_PHONE = 40;
    static final int MAX_AGE = 120;
    /** Digits with the separators people write numbers with (116 000, +32 2 123 45 67, 0800/12.345). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./()-]*[0-9]");

    @Column(name = "code", updatable = false, length = 30)
    private String code;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "description_nl", length = MAX_DESCRIPTION)
    private String descriptionNl;

    @Column(name = "description_fr", length = MAX_DESCRIPTION)
    private String descriptionFr;

    @Column(name = "description_en", length = MAX_DESCRIPTION)
    private String descriptionEn;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 20)
    private PartnerRegion region;

    @Column(name = "languages", nullable = false, length = 20)
    private String languages;

    @Column(name = "phone", length = MAX_PHONE)
    private String phone;

    @Column(name = "hours_nl", length = MAX_HOURS)
    private String hoursNl;

    @Column(name = "hours_fr", length = MAX_HOURS)
    private String hoursFr;

    @Column(name = "hours_en", length = MAX_HOURS)
    private String hoursEn;

    @Column(name = "chat_url", length = WebAddress.MAX_LENGTH)
    private String chatUrl;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "website", length = WebAddress.MAX_LENGTH)
    private String website;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ReferralPartner() {
    }

    /** A partner an administrator adds: it stands for none of the old fixed list's names. */
    ReferralPartner(PartnerDetails details) {
        update(details);
    }

    void update(PartnerDetails details) {
        String newName = Texts.required("name", details.name(), MAX_NAME);
        Integer min = age("minAge", details.minAge());
        Integer max = age("maxAge", details.maxAge());
        if (min != null && max != null && min > max) {
            throw DomainException.onField("maxAge", "validation.directory.age-range");
        }
        if (details.region() == null) {
            throw DomainException.onField("region", "validation.required");
        }
        if (details.languages().isEmpty()) {
            throw DomainException.onField("languages", "validation.required");
        }
        String newPhone = Texts.optional("phone", details.phone(), MAX_PHONE);
        if (newPhone != null && !PHONE.matcher(newPhone).matches()) {
            throw DomainException.onField("phone", "validation.directory.phone");
        }
        String newChat = web("chatUrl", details.chatUrl());
        String newWebsite = web("website", details.website());
        String newEmail = Texts.optional("email", details.email(), EmailAddress.MAX_LENGTH);
        this.descriptionNl = Texts.optional("descriptionNl", details.descriptionNl(), MAX_DESCRIPTION);
        this.descriptionFr = Texts.optional("descriptionFr", details.descriptionFr(), MAX_DESCRIPTION);
        this.descriptionEn = Texts.optional("descriptionEn", details.descriptionEn(), MAX_DESCRIPTION);
        this.hoursNl = Texts.optional("hoursNl", details.hoursNl(), MAX_HOURS);
        this.hoursFr = Texts.optional("hoursFr", details.hoursFr(), MAX_HOURS);
        this.hoursEn = Texts.optional("hoursEn", details.hoursEn(), MAX_HOURS);
        this.email = newEmail == null ? null : EmailAddress.parse("email", newEmail).value();
        this.name = newName;
        this.minAge = min;
        this.maxAge = max;
        this.region = details.region();
        this.languages = EnumSet.copyOf(details.languages()).stream().map(Enum::name).collect(Collectors.joining(","));
        this.phone = newPhone;
        this.chatUrl = newChat;
        this.website = newWebsite;
        this.active = details.active();
        this.sortOrder = details.sortOrder();
    }

    private static Integer age(String field, Integer age) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw DomainException.onField(field, "validation.directory.age", MAX_AGE);
        }
        return age;
    }

    private static String web(String field, String typed) {
        return typed == null || typed.isBlank() ? null : WebAddress.parse(field, typed).value();
    }

    PartnerDetails toDetails() {
        Set<PartnerLanguage> spoken = Arrays.stream(languages.split(",")).filter(s -> !s.isBlank())
                .map(PartnerLanguage::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(PartnerLanguage.class)));
        return new PartnerDetails(getId(), getVersion(), code, name, descriptionNl, descriptionFr, descriptionEn, minAge,
                maxAge, region, spoken, phone, hoursNl, hoursFr, hoursEn, chatUrl, email, website, active, sortOrder);
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    boolean isActive() {
        return active;
    }
}
