package org.vangnet.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.cases.HarmKind;
import org.vangnet.base.domain.Texts;

/** A step of the leaflets' advice. Its titles and client texts are required in all three languages. */
@Entity
@Table(name = "advice_step")
class AdviceStep extends AbstractEntity {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 2000;

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "harm_kind", length = 20)
    private HarmKind harm;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 10)
    private AdviceAudience audience;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title_nl", nullable = false, length = MAX_TITLE)
    private String titleNl;

    @Column(name = "title_fr", nullable = false, length = MAX_TITLE)
    private String titleFr;

    @Column(name = "title_en", nullable = false, length = MAX_TITLE)
    private String titleEn;

    @Column(name = "text_nl", nullable = false, length = MAX_TEXT)
    private String textNl;

    @Column(name = "text_fr", nullable = false, length = MAX_TEXT)
    private String textFr;

    @Column(name = "text_en", nullable = false, length = MAX_TEXT)
    private String textEn;

    @Column(name = "open_item", nullable = false)
    private boolean openItem;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected AdviceStep() {
    }

    /** Changes the texts, the order and whether the step is in use; its kind of harm and audience stay. */
    void update(AdviceStepDetails details) {
        String nl = Texts.required("titleNl", details.titleNl(), MAX_TITLE);
        String fr = Texts.required("titleFr", details.titleFr(), MAX_TITLE);
        String en = Texts.required("titleEn", details.titleEn(), MAX_TITLE);
        String tNl = Texts.required("textNl", details.textNl(), MAX_TEXT);
        String tFr = Texts.required("textFr", details.textFr(), MAX_TEXT);
        String tEn = Texts.required("textEn", details.textEn(), MAX_TEXT);
        this.titleNl = nl;
        this.titleFr = fr;
        this.titleEn = en;
        this.textNl = tNl;
        this.textFr = tFr;
        this.textEn = tEn;
        this.sortOrder = details.sortOrder();
        this.openItem = details.openItem();
        this.active = details.active();
    }

    AdviceStepDetails toDetails() {
        return new AdviceStepDetails(getId(), getVersion(), code, harm, audience, sortOrder, titleNl, titleFr, titleEn,
                textNl, textFr, textEn, openItem, active);
    }

    boolean appliesTo(java.util.Set<HarmKind> harms, boolean minor) {
        return active && (harm == null || harms.contains(harm)) && audience.includes(minor);
    }

    boolean isOpenItem() {
        return openItem;
    }
}
