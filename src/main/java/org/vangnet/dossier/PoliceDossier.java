package org.vangnet.dossier;

import static org.vangnet.security.Permissions.CASE_DOSSIER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.advice.AdviceItem;
import org.vangnet.advice.AdviceService;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.ConsentAction;
import org.vangnet.cases.ConsentService;
import org.vangnet.cases.EvidenceService;
import org.vangnet.cases.EvidenceView;
import org.vangnet.cases.PoliceComplaintService;
import org.vangnet.cases.PoliceComplaintView;
import org.vangnet.cases.ReferralService;
import org.vangnet.cases.ReferralView;
import org.vangnet.cases.TimelineItem;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.StepUp;
import org.vangnet.sextortion.ContactView;
import org.vangnet.sextortion.ExtorterView;
import org.vangnet.sextortion.IdentifierView;
import org.vangnet.sextortion.RecoveryView;
import org.vangnet.sextortion.SextortionQueries;
import org.vangnet.spreaders.SpreaderDetails;
import org.vangnet.spreaders.SpreaderService;
import org.vangnet.spreaders.SpreaderView;
import org.vangnet.takedowns.TakedownItem;
import org.vangnet.takedowns.TakedownService;
import org.vangnet.takedowns.TakedownView;
import org.vangnet.takedowns.TransitionView;

/**
 * Makes a case's police dossier (decision 036): an export of case data, so it needs the permission,
 * access to the case, the client's consent to the police complaint being accompanied, and a recent
 * second factor (decision 021); each dossier made is one EXPORT line in the case's log. It never
 * holds an image: Vangnet keeps none of a minor and the dossier quotes only descriptions, links,
 * dates and hashes of an adult's files.
 */
@Service
public class PoliceDossier {

    /** Timeline events quoted at most (the oldest first); a case with more says how many were left out. */
    static final int MAX_EVENTS = 300;
    static final String AUDIT_TYPE = "CASE_DOSSIER";
    /** Spreaders quoted at most; a case has a handful, a viral one maybe dozens. */
    static final int MAX_SPREADERS = 200;

    private final CaseQueries cases;
    private final ConsentService consents;
    private final EvidenceService evidence;
    private final PoliceComplaintService complaints;
    private final ReferralService referrals;
    private final TakedownService takedowns;
    private final SextortionQueries sextortion;
    private final AdviceService advice;
    private final SpreaderService spreaders;
    private final TranslationProvider translations;
    private final StepUp stepUp;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final Clock clock;

    PoliceDossier(CaseQueries cases, ConsentService consents, EvidenceService evidence,
                  PoliceComplaintService complaints, ReferralService referrals, TakedownService takedowns,
                  SextortionQueries sextortion, AdviceService advice, SpreaderService spreaders,
                  TranslationProvider translations,
                  StepUp stepUp, CurrentUser currentUser, AuditTrail auditTrail, Clock clock) {
        this.cases = cases;
        this.consents = consents;
        this.evidence = evidence;
        this.complaints = complaints;
        this.referrals = referrals;
        this.takedowns = takedowns;
        this.sextortion = sextortion;
        this.advice = advice;
        this.spreaders = spreaders;
        this.translations = translations;
        this.stepUp = stepUp;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The language a dossier is offered in first: the client's if Vangnet speaks it, else {@code fallback}. */
    @PreAuthorize("hasAuthority('" + CASE_DOSSIER + "')")
    @Transactional(readOnly = true)
    public Locale defaultLanguage(Long caseId, Locale fallback) {
        var client = cases.reread(caseId).client();
        String language = client == null ? null : client.language();
        return TranslationProvider.LOCALES.stream().filter(l -> l.getLanguage().equals(language)).findFirst()
                .orElse(TranslationProvider.supported(fallback));
    }

    /** The dossier of the case in {@code language}, as a PDF file. */
    @PreAuthorize("hasAuthority('" + CASE_DOSSIER + "')")
    @Transactional
    public DossierFile generate(Long caseId, Locale language) {
        CaseDetails details = cases.reread(caseId);
        consents.require(caseId, ConsentAction.ACCOMPANY_POLICE_COMPLAINT);
        stepUp.require();
        Locale locale = TranslationProvider.supported(language);
        var text = new Writer(locale);
        Instant now = clock.instant();
        String author = currentUser.require().displayName();
        var pdf = new DossierPdf(text.t("dossier.pdf.title", details.reference()),
                text.t("dossier.pdf.footer", details.reference(), text.dateTime(now)));

        pdf.title(text.t("dossier.pdf.title", details.reference()));
        pdf.paragraph(text.t("dossier.pdf.made", text.dateTime(now), author,
                details.teamName() == null ? "" : details.teamName()));
        pdf.paragraph(text.t(details.minorInvolved() ? "dossier.pdf.no-images.minor" : "dossier.pdf.no-images.adult"));

        pdf.heading(text.t("dossier.pdf.client"));
        if (details.client() != null) {
            pdf.fact(text.t("dossier.pdf.alias"), details.client().alias());
            pdf.fact(text.t("dossier.pdf.age-now"), text.number(details.client().ageNow()));
            pdf.fact(text.t("dossier.pdf.age-at-images"), text.number(details.client().ageAtImages()));
        }
        pdf.fact(text.t("dossier.pdf.harms"), details.harms().stream().map(h -> text.t("case.harm." + h.name()))
                .sorted().collect(Collectors.joining(", ")));
        pdf.fact(text.t("dossier.pdf.opened"), text.dateTime(details.openedAt()));

        pdf.heading(text.t("dossier.pdf.what-happened"));
        pdf.paragraph(details.summary() == null || details.summary().isBlank() ? text.t("dossier.pdf.none")
                : details.summary());

        events(pdf, text, caseId);
        evidence(pdf, text, evidence.list(caseId));
        extorters(pdf, text, sextortion.extorters(caseId));
        spreaders(pdf, text, spreaders.list(caseId, PageRequest.of(0, MAX_SPREADERS)).getContent());
        takedowns(pdf, text, caseId, takedowns.forCase(caseId));
        complaint(pdf, text, complaints.get(caseId));
        advice(pdf, text, advice.checklist(caseId));
        referrals(pdf, text, referrals.list(caseId));

        byte[] content = pdf.finish();
        auditTrail.record(new AuditEntry(AuditAction.EXPORT, AUDIT_TYPE, String.valueOf(caseId),
                org.vangnet.base.audit.AuditOutcome.SUCCESS, "pdf:" + locale.getLanguage() + ",bytes:" + content.length,
                null, null).inCase(caseId));
        String date = LocalDate.ofInstant(now, HelplineZone.ZONE).toString();
        return new DossierFile(text.t("dossier.file-name", details.reference(), date) + ".pdf", content);
    }

    private void events(DossierPdf pdf, Writer text, Long caseId) {
        pdf.heading(text.t("dossier.pdf.events"));
        List<TimelineItem> newestFirst = cases.timeline(caseId, PageRequest.of(0, MAX_EVENTS)).getContent();
        // Events only: the counsellor's own notes are working notes, not statements for the police.
        List<TimelineItem> events = newestFirst.stream().filter(i -> i.messageKey() != null)
                .sorted(Comparator.comparing(TimelineItem::occurredAt).thenComparing(TimelineItem::id)).toList();
        if (events.isEmpty()) {
            pdf.paragraph(text.t("dossier.pdf.none"));
        }
        for (TimelineItem item : events) {
            Object[] arguments = item.arguments().stream()
                    .map(a -> a.startsWith("t:") ? text.t(a.substring(2)) : a).toArray();
            pdf.paragraph(text.dateTime(item.occurredAt()) + " — " + text.t(item.messageKey(), arguments));
        }
    }

    private static void evidence(DossierPdf pdf, Writer text, List<EvidenceView> items) {
        pdf.heading(text.t("dossier.pdf.evidence"));
        if (items.isEmpty()) {
            pdf.paragraph(text.t("dossier.pdf.none"));
        }
        for (EvidenceView item : items.stream().sorted(Comparator.comparing(EvidenceView::capturedAt)).toList()) {
            pdf.item(text.t("evidence.kind." + item.kind().name()) + (item.platform() == null ? "" : " · " + item.platform()));
            pdf.detail(item.description());
            pdf.detail(labelled(text, "dossier.pdf.link", item.item()));
            pdf.detail(labelled(text, "dossier.pdf.captured", text.dateTime(item.capturedAt()) + " · " + item.capturedBy()));
            if (item.platformAndDateVisible() != null) {
                pdf.detail(text.t(item.platformAndDateVisible() ? "evidence.platform-date-visible.yes"
                        : "evidence.platform-date-visible.no"));
            }
            if (item.fileName() != null) {
                pdf.detail(labelled(text, "dossier.pdf.file", item.fileName() + " (" + item.fileType() + ", "
                        + item.fileSize() + " bytes)"));
                pdf.detail(labelled(text, "dossier.pdf.sha256", item.fileSha256()));
            }
        }
    }

    private static void extorters(DossierPdf pdf, Writer text, List<ExtorterView> extorters) {
        if (extorters.isEmpty()) {
            return;
        }
        pdf.heading(text.t("dossier.pdf.extorters"));
        for (ExtorterView extorter : extorters) {
            pdf.item(extorter.label() == null || extorter.label().isBlank() ? text.t("dossier.pdf.extorter") : extorter.label());
            for (IdentifierView identifier : extorter.identifiers()) {
                String where = identifier.platform() != null ? " (" + text.t("sextortion.channel." + identifier.platform().name()) + ")"
                        : identifier.service() != null ? " (" + identifier.service().name() + ")" : "";
                pdf.detail(text.t("sextortion.kind." + identifier.kind().name()) + where + ": " + identifier.display());
            }
            for (ContactView contact : extorter.contacts().stream()
                    .sorted(Comparator.comparing(ContactView::occurredAt)).toList()) {
                List<String> facts = new ArrayList<>();
                facts.add(text.dateTime(contact.occurredAt()));
                if (contact.channel() != null) {
                    facts.add(contact.channelOther() != null ? contact.channelOther()
                            : text.t("sextortion.channel." + contact.channel().name()));
                }
                contact.demands().stream().map(d -> text.t("sextortion.demand." + d.name())).forEach(facts::add);
                if (contact.amount() != null) {
                    facts.add(text.t("dossier.pdf.amount", contact.amount().toPlainString() + " " + contact.currency()));
                }
                if (contact.deadline() != null) {
                    facts.add(text.t("dossier.pdf.deadline", text.dateTime(contact.deadline())));
                }
                if (contact.paid()) {
                    facts.add(text.t("dossier.pdf.paid", contact.paidAmount() == null ? ""
                            : contact.paidAmount().toPlainString() + " " + contact.paidCurrency()));
                }
                pdf.detail(text.t("dossier.pdf.contact") + ": " + String.join(" · ", facts));
                pdf.detail(contact.threat());
            }
            for (RecoveryView recovery : extorter.recoveries()) {
                pdf.detail(text.t("dossier.pdf.recovery", text.date(recovery.reportedOn()),
                        recovery.institution() == null ? "" : recovery.institution(),
                        text.t("sextortion.recovery.outcome." + recovery.outcome().name())));
            }
        }
    }

    /** Who made, spread or forwarded the images: the suspects a complaint may name. Only when there are any. */
    private static void spreaders(DossierPdf pdf, Writer text, List<SpreaderView> list) {
        if (list.isEmpty()) {
            return;
        }
        pdf.heading(text.t("dossier.pdf.spreaders"));
        for (SpreaderView spreader : list) {
            SpreaderDetails s = spreader.details();
            pdf.item(text.t("spreader.role." + s.role().name()) + " · " + text.t("spreader.relation." + s.relation().name())
                    + (s.label() == null ? "" : " · " + s.label()));
            String account = s.handle() == null ? null
                    : s.platform() == null ? s.handle() : text.t("spreader.handle-on", s.handle(), s.platform());
            pdf.detail(labelled(text, "dossier.pdf.spreader.account", account));
            pdf.detail(labelled(text, "dossier.pdf.spreader.deletion", text.t("spreader.deletion." + s.deletion().name())
                    + (s.askedOn() == null ? "" : " (" + text.date(s.askedOn())
                    + (s.askedBy() == null ? "" : ", " + text.t("spreader.asked-by." + s.askedBy().name())) + ")")));
            if (s.inComplaint()) {
                pdf.detail(text.t("dossier.pdf.spreader.in-complaint"));
            }
        }
    }

    private void takedowns(DossierPdf pdf, Writer text, Long caseId, List<TakedownView> requests) {
        pdf.heading(text.t("dossier.pdf.takedowns"));
        if (requests.isEmpty()) {
            pdf.paragraph(text.t("dossier.pdf.none"));
        }
        for (TakedownView request : requests) {
            pdf.item(request.platformName() + " · " + text.t("takedown.status." + request.status().name()));
            for (TakedownItem item : request.items()) {
                pdf.detail(item.value());
            }
            pdf.detail(request.contentDescription());
            pdf.detail(labelled(text, "dossier.pdf.route", request.route() == null ? null
                    : text.t("takedown.route." + request.route().name())));
            pdf.detail(labelled(text, "dossier.pdf.ticket", request.ticketNumber()));
            pdf.detail(labelled(text, "dossier.pdf.decision", request.decisionText()));
            for (TransitionView step : takedowns.history(caseId, request.id())) {
                pdf.detail(text.dateTime(step.occurredAt()) + " — " + text.t("takedown.status." + step.to().name()));
            }
        }
    }

    private static void complaint(DossierPdf pdf, Writer text, PoliceComplaintView complaint) {
        pdf.heading(text.t("dossier.pdf.complaint"));
        pdf.fact(text.t("dossier.pdf.complaint-wish"), text.t("complaint.wish." + complaint.wish().name()));
        pdf.fact(text.t("dossier.pdf.complaint-filed"), text.date(complaint.filedOn()));
        pdf.fact(text.t("dossier.pdf.complaint-zone"), complaint.policeZone());
        pdf.fact(text.t("dossier.pdf.complaint-number"), complaint.recordNumber());
        // The institute's guide asks the client to mention these to the police: they can make the sentence heavier.
        pdf.fact(text.t("dossier.pdf.aggravating"), complaint.aggravating().isEmpty()
                ? text.t("dossier.pdf.aggravating.none")
                : String.join("; ", complaint.aggravating().stream().sorted()
                        .map(a -> text.t("complaint.aggravating." + a.name())).toList()));
    }

    private static void advice(DossierPdf pdf, Writer text, List<AdviceItem> checklist) {
        pdf.heading(text.t("dossier.pdf.advice"));
        List<AdviceItem> given = checklist.stream().filter(i -> i.state() != null).toList();
        if (given.isEmpty()) {
            pdf.paragraph(text.t("dossier.pdf.none"));
        }
        for (AdviceItem item : given) {
            pdf.paragraph(item.step().title(text.locale) + " — " + text.t("advice.state." + item.state().name())
                    + (item.date() == null ? "" : " (" + text.date(item.date()) + ")"));
        }
    }

    private static void referrals(DossierPdf pdf, Writer text, List<ReferralView> list) {
        if (list.isEmpty()) {
            return;
        }
        pdf.heading(text.t("dossier.pdf.referrals"));
        for (ReferralView referral : list) {
            String partner = referral.otherName() != null && !referral.otherName().isBlank() ? referral.otherName()
                    : text.t("partner." + referral.partner().name());
            pdf.paragraph(partner + " — " + text.t("referral.status." + referral.status().name())
                    + (referral.date() == null ? "" : " (" + text.date(referral.date()) + ")"));
        }
    }

    private static String labelled(Writer text, String key, String value) {
        return value == null || value.isBlank() ? null : text.t(key) + ": " + value;
    }

    /** Translations and dates in the dossier's language. */
    private final class Writer {

        private final Locale locale;

        Writer(Locale locale) {
            this.locale = locale;
        }

        String t(String key, Object... arguments) {
            return translations.getTranslation(key, locale, arguments);
        }

        String dateTime(Instant instant) {
            return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(HelplineZone.ZONE).format(instant);
        }

        String date(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        }

        String number(Integer value) {
            return value == null ? null : String.valueOf(value);
        }
    }
}
