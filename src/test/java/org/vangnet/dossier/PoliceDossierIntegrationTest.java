package org.vangnet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.AggravatingCircumstance;
import org.vangnet.cases.ComplaintWish;
import org.vangnet.cases.ConsentAction;
import org.vangnet.cases.ConsentForm;
import org.vangnet.cases.ConsentMissingException;
import org.vangnet.cases.ConsentService;
import org.vangnet.cases.EvidenceKind;
import org.vangnet.cases.EvidenceService;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.NewEvidence;
import org.vangnet.cases.PoliceComplaintService;
import org.vangnet.cases.PoliceComplaintView;
import org.vangnet.security.StepUpRequiredException;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.IdentifierKind;
import org.vangnet.sextortion.NewIdentifier;
import org.vangnet.spreaders.AskedBy;
import org.vangnet.spreaders.DeletionRequest;
import org.vangnet.spreaders.SpreaderDetails;
import org.vangnet.spreaders.SpreaderRelation;
import org.vangnet.spreaders.SpreaderRole;
import org.vangnet.spreaders.SpreaderService;
import org.vangnet.takedowns.ItemKind;
import org.vangnet.takedowns.NewTakedown;
import org.vangnet.takedowns.OnBehalfOf;
import org.vangnet.takedowns.ReportRoute;
import org.vangnet.takedowns.TakedownItem;
import org.vangnet.takedowns.TakedownService;
import org.vangnet.takedowns.TakedownStatus;
import org.vangnet.testsupport.SignedIn;

/**
 * Issue 14, point 4: the police dossier is made from the case, read back from the PDF with PDFBox
 * page by page, rendered to an image, and holds no image; it needs consent and a recent second
 * factor, and each one made is an audited export.
 */
@SpringBootTest
class PoliceDossierIntegrationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @Autowired
    PoliceDossier dossier;
    @Autowired
    CaseService cases;
    @Autowired
    ConsentService consents;
    @Autowired
    EvidenceService evidence;
    @Autowired
    PoliceComplaintService complaints;
    @Autowired
    TakedownService takedowns;
    @Autowired
    ExtorterService extorters;
    @Autowired
    SpreaderService spreaders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails, securityContext);
    }

    @Test
    void aFifteenYearOldsSextortionDossierReadsBackWithEverythingThePoliceNeedAndNoImage() throws IOException {
        Long caseId = signedIn.as("lotte", () -> {
            Long id = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Noor", 15, null, 15, "fr", true,
                    false, true, List.of()), Set.of(HarmKind.SEXTORTION), "Menace de diffuser des photos sur Instagram"));
            consents.record(id, ConsentAction.ACCOMPANY_POLICE_COMPLAINT, true, ConsentForm.VERBAL);
            consents.record(id, ConsentAction.REPORT_IN_CLIENT_NAME, true, ConsentForm.VERBAL);
            evidence.log(id, new NewEvidence(EvidenceKind.CHAT_SCREENSHOT, "Instagram", "https://www.instagram.com/extorteur.x/",
                    "Capture du chat avec la demande de 200 euros", null));
            Long extorter = extorters.add(id, "Extorteur Instagram", null);
            extorters.addIdentifier(id, extorter, NewIdentifier.of(IdentifierKind.IBAN, "BE68 5390 0754 7034"));
            Long request = takedowns.create(id, new NewTakedown(platform("INSTAGRAM"), ReportRoute.WEB_FORM,
                    OnBehalfOf.CLIENT, List.of(new TakedownItem(ItemKind.URL, "https://www.instagram.com/p/dossier1/")),
                    "Profil qui menace", true));
            takedowns.changeStatus(id, request, version(request), TakedownStatus.SUBMITTED, "TICKET-77", null);
            spreaders.record(id, new SpreaderDetails(SpreaderRole.FORWARDER, "Camarade Léo", "Snapchat", "leo.snap",
                    SpreaderRelation.CLASSMATE, DeletionRequest.DELETED, LocalDate.of(2026, 12, 1), AskedBy.CLIENT, true, null));
            complaints.save(id, new PoliceComplaintView(-1, ComplaintWish.WANTED, LocalDate.of(2026, 12, 1),
                    "Zone Bruxelles-Capitale Ixelles", "BR.12.L3.001234/26", null, null,
                    Set.of(AggravatingCircumstance.MALICIOUS_INTENT_OR_PROFIT)));
            return id;
        });
        String reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);

        Locale language = signedIn.as("lotte", () -> dossier.defaultLanguage(caseId, TranslationProvider.DUTCH));
        assertThat(language).isEqualTo(TranslationProvider.FRENCH);
        DossierFile file = signedIn.as("lotte", () -> dossier.generate(caseId, language));

        assertThat(file.fileName()).startsWith("dossier-police-" + reference).endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Dossier pour la police — " + reference, "Il s’agit d’un mineur",
                    "ce dossier ne contient aucune image", "Noor", "Menace de diffuser des photos sur Instagram",
                    "Capture du chat avec la demande de 200 euros", "https://www.instagram.com/extorteur.x/",
                    "Compte bancaire (IBAN): BE68 5390 0754 7034", "Instagram", "TICKET-77",
                    "https://www.instagram.com/p/dossier1", "Preuves conservées -> Envoyée", "BR.12.L3.001234/26", "Zone Bruxelles-Capitale Ixelles",
                    "Diffuseurs et personnes ayant transféré", "Personne ayant transféré · Camarade de classe · Camarade Léo",
                    "Compte: leo.snap sur Snapchat", "Demande d’effacement: Effacé", "Le client", "Nommé dans la plainte",
                    "Circonstances aggravantes: Intention méchante ou but de lucre")
                    .doesNotContain("!");
            // Page by page: each footed with the reference and its number.
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).contains(reference + " ·").contains(page + "/" + pdf.getNumberOfPages());
            }
            for (var page : pdf.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getXObjectNames()) {
                    assertThat(resources.getXObject(name)).isNotInstanceOf(PDImageXObject.class);
                }
            }
            BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 50);
            assertThat(inkedPixels(first)).as("dark pixels on the rendered first page").isGreaterThan(1000);
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'EXPORT' and object_type = 'CASE_DOSSIER'
                and case_id = ? and actor = 'lotte' and detail like 'pdf:fr,bytes:%'""", Long.class, caseId))
                .isEqualTo(1);
    }

    @Test
    void anAdultsAttachedFileIsQuotedByItsHashNeverIncluded() throws Exception {
        Long caseId = signedIn.as("lotte", () -> {
            Long id = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Els", 30, null, 29, "nl", false,
                    false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), "Beelden gelekt"));
            consents.record(id, ConsentAction.ACCOMPANY_POLICE_COMPLAINT, true, ConsentForm.WRITTEN);
            Long item = evidence.log(id, new NewEvidence(EvidenceKind.CHAT_SCREENSHOT, "Telegram", "t.me/kanaal",
                    "Schermafbeelding van het kanaal", null, true));
            evidence.attachFile(id, item, "kanaal.png", PNG, true);
            return id;
        });
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));

        DossierFile file = signedIn.as("lotte", () -> dossier.generate(caseId, TranslationProvider.ENGLISH));

        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("This dossier contains no images", "kanaal.png", "SHA-256: " + sha,
                    "Platform and date visible");
        }
    }

    @Test
    void withoutTheClientsConsentNoDossierIsMadeAndNothingIsExported() {
        Long caseId = signedIn.as("lotte", () -> cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Zonder",
                30, null, 29, "nl", false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), "Geen toestemming")));

        assertThatThrownBy(() -> signedIn.as("lotte", () -> dossier.generate(caseId, TranslationProvider.DUTCH)))
                .isInstanceOf(ConsentMissingException.class);
        assertThat(exports(caseId)).isZero();
    }

    @Test
    void withoutARecentSecondFactorTheDossierAsksForOne() {
        Long caseId = signedIn.as("lotte", () -> {
            Long id = cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Stap", 30, null, 29, "nl", false,
                    false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), "Stap hoger"));
            consents.record(id, ConsentAction.ACCOMPANY_POLICE_COMPLAINT, true, ConsentForm.VERBAL);
            return id;
        });
        var user = userDetails.loadUserByUsername("lotte");
        var context = securityContext.createEmptyContext();
        // Signed in with the password's authorities only: no second factor given in the last minutes.
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContext.setContext(context);
        try {
            assertThatThrownBy(() -> dossier.generate(caseId, TranslationProvider.DUTCH))
                    .isInstanceOf(StepUpRequiredException.class);
        } finally {
            securityContext.clearContext();
        }
        assertThat(exports(caseId)).isZero();
    }

    @Test
    void aCounsellorOfAnotherTeamAndTheAdministratorMakeNoDossier() {
        Long caseId = signedIn.as("lotte", () -> cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Buiten",
                30, null, 29, "nl", false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), "Niet van jou")));

        assertThatThrownBy(() -> signedIn.as("ines", () -> dossier.generate(caseId, TranslationProvider.DUTCH)))
                .isInstanceOf(org.vangnet.cases.CaseNotAccessibleException.class);
        assertThatThrownBy(() -> signedIn.as("admin", () -> dossier.generate(caseId, TranslationProvider.DUTCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(exports(caseId)).isZero();
    }

    private long exports(Long caseId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and case_id = ?",
                Long.class, caseId);
    }

    private Long platform(String code) {
        return jdbc.queryForObject("select id from platform where code = ?", Long.class, code);
    }

    private long version(Long requestId) {
        return jdbc.queryForObject("select version from takedown_request where id = ?", Long.class, requestId);
    }

    private static long inkedPixels(BufferedImage image) {
        long dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 384) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
