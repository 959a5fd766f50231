package org.vangnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vangnet.cases.CaseTestSupport.client;
import static org.vangnet.cases.CaseTestSupport.newCase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import org.vangnet.base.domain.DomainException;

@SpringBootTest
class EvidenceIntegrationTest {

    /** The PNG signature and the start of a header chunk: enough for the type to be recognised. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;
    @Autowired
    EvidenceService evidence;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TransactionTemplate transaction;
    @Value("${vangnet.evidence.directory}")
    String evidenceDirectory;

    CaseTestSupport support;
    Path directory;

    @BeforeEach
    void setUp() {
        support = new CaseTestSupport(userDetails, jdbc, securityContextStrategy);
        directory = Path.of(evidenceDirectory).toAbsolutePath().normalize();
    }

    /** The evidence directory outlives the test database: take away what this run stored. */
    @AfterEach
    void removeStoredFiles() throws IOException {
        for (String key : jdbc.queryForList("select storage_key from case_evidence where storage_key is not null",
                String.class)) {
            Files.deleteIfExists(directory.resolve(key));
        }
    }

    @Test
    @WithUserDetails("lotte")
    void noFileIsEverStoredForACaseThatInvolvesAMinor() {
        Long caseId = cases.open(newCase(client("Minderjarig", 16, 15)));
        Long item = logScreenshot(caseId);
        Set<String> before = filesOnDisk();

        assertThatThrownBy(() -> evidence.attachFile(caseId, item, "chat.png", PNG, true))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.evidence.no-files-for-minors"));

        assertThat(filesOnDisk()).isEqualTo(before);
        assertThat(filesStoredFor(caseId)).isZero();
        assertThat(evidence.list(caseId)).singleElement().satisfies(view -> {
            assertThat(view.fileName()).isNull();
            assertThat(view.description()).isEqualTo("Screenshot van het gesprek met de afperser");
        });
    }

    @Test
    @WithUserDetails("lotte")
    void aFileWithoutNudityIsKeptForAnAdultAndItsDownloadIsAudited() throws IOException {
        Long caseId = adultCase();
        Long item = logScreenshot(caseId);

        evidence.attachFile(caseId, item, "chat met afperser.png", PNG, true);

        String key = jdbc.queryForObject("select storage_key from case_evidence where id = ?", String.class, item);
        assertThat(key).isNotBlank();
        Path stored = directory.resolve(key);
        assertThat(stored).exists();
        assertThat(Files.readAllBytes(stored)).isEqualTo(PNG);
        assertThat(evidence.list(caseId)).singleElement().satisfies(view -> {
            assertThat(view.fileName()).isEqualTo("chat met afperser.png");
            assertThat(view.fileType()).isEqualTo("image/png");
            assertThat(view.fileSize()).isEqualTo(PNG.length);
        });
        assertThat(jdbc.queryForObject("select no_nudity_confirmed from case_evidence where id = ?", Boolean.class,
                item)).isTrue();

        var file = evidence.download(caseId, item);

        assertThat(file.content()).isEqualTo(PNG);
        assertThat(file.name()).isEqualTo("chat met afperser.png");
        assertThat(file.mediaType()).isEqualTo("image/png");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                where action = 'READ' and object_type = 'CASE_EVIDENCE' and object_id = ? and actor = 'lotte'
                  and detail = 'file-downloaded'""", Long.class, item.toString())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("lotte")
    void aStoredFileIsRemovedFromDiskWhenItsTransactionRollsBack() {
        Long caseId = adultCase();
        Long item = logScreenshot(caseId);
        Set<String> before = filesOnDisk();

        transaction.executeWithoutResult(status -> {
            evidence.attachFile(caseId, item, "chat.png", PNG, true);
            assertThat(filesOnDisk()).hasSize(before.size() + 1);
            status.setRollbackOnly();
        });

        assertThat(filesOnDisk()).isEqualTo(before);
        assertThat(filesStoredFor(caseId)).isZero();
    }

    @Test
    @WithUserDetails("lotte")
    void aSecondFileOnTheSameEvidenceIsRefused() {
        Long caseId = adultCase();
        Long item = logScreenshot(caseId);
        evidence.attachFile(caseId, item, "eerste.png", PNG, true);
        Set<String> before = filesOnDisk();

        assertThatThrownBy(() -> evidence.attachFile(caseId, item, "tweede.png", PNG, true))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.evidence.file-already-attached"));
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("lotte")
    void aFileIsRefusedWithoutTheConfirmationThatItShowsNoNudity() {
        Long caseId = adultCase();
        Long item = logScreenshot(caseId);

        assertRefused(() -> evidence.attachFile(caseId, item, "chat.png", PNG, false),
                "noNudity", "validation.evidence.confirm-no-nudity");
        assertThat(filesStoredFor(caseId)).isZero();
    }

    @Test
    @WithUserDetails("lotte")
    void aTextFileNamedLikeAnImageIsRefused() {
        Long caseId = adultCase();
        Long item = logScreenshot(caseId);

        assertRefused(() -> evidence.attachFile(caseId, item, "x.png",
                "gewoon tekst, geen afbeelding".getBytes(StandardCharsets.UTF_8), true),
                "file", "validation.evidence.file-type");
        assertThat(filesStoredFor(caseId)).isZero();
    }

    @Test
    @WithUserDetails("lotte")
    void aPngRenamedToPdfIsRefused() {
        Long caseId = adultCase();
        Long item = logScreenshot(caseId);

        assertRefused(() -> evidence.attachFile(caseId, item, "x.pdf", PNG, true),
                "file", "validation.evidence.file-name-mismatch");
        assertThat(filesStoredFor(caseId)).isZero();
    }

    @Test
    @WithUserDetails("lotte")
    void aFileOfMoreThanTenMegabytesIsRefused() {
        Long caseId = adultCase();
        Long item = logScreenshot(caseId);
        byte[] large = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
        Set<String> before = filesOnDisk();

        assertRefused(() -> evidence.attachFile(caseId, item, "groot.png", large, true),
                "file", "validation.evidence.file-too-large");
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("lotte")
    void aFileIsRefusedWhileTheAgeWhenTheImagesWereMadeIsUnknown() {
        Long caseId = cases.open(newCase(client("Leeftijd onbekend", 30, null)));
        Long item = logScreenshot(caseId);

        assertThatThrownBy(() -> evidence.attachFile(caseId, item, "chat.png", PNG, true))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.evidence.adult-age-unknown"));
        assertThat(filesStoredFor(caseId)).isZero();
    }

    @Test
    @WithUserDetails("lotte")
    void evidenceOfAnotherTeamsCaseCanNeitherBeAttachedNorDownloaded() {
        Long caseId = adultCase();
        Long item = logScreenshot(caseId);
        evidence.attachFile(caseId, item, "chat.png", PNG, true);

        support.as("ines", () -> {
            assertThatThrownBy(() -> evidence.download(caseId, item)).isInstanceOf(CaseNotAccessibleException.class);
            assertThatThrownBy(() -> evidence.list(caseId)).isInstanceOf(CaseNotAccessibleException.class);
        });
        assertThat(support.audit("ACCESS_DENIED", "CASE", caseId, "ines")).isEqualTo(2);
        assertThat(support.audit("READ", "CASE_EVIDENCE", item, "ines")).isZero();
    }

    @Test
    @WithUserDetails("lotte")
    void theDatabaseRefusesAFileOnAMinorsEvidenceEvenWhenTheApplicationIsBypassed() {
        Long caseId = cases.open(newCase(client("Minderjarig", 16, 15)));
        Long item = logScreenshot(caseId);
        Long unknownAge = logScreenshot(cases.open(newCase(client("Leeftijd onbekend", 30, null))));

        assertThatThrownBy(() -> jdbc.update("""
                update case_evidence set storage_key = '00000000-0000-0000-0000-000000000000',
                                         no_nudity_confirmed = true
                where id = ?""", item))
                .rootCause().hasMessageContaining("no file may be stored for a case that involves a minor");
        assertThatThrownBy(() -> jdbc.update("""
                update case_evidence set storage_key = '00000000-0000-0000-0000-000000000000',
                                         no_nudity_confirmed = true
                where id = ?""", unknownAge))
                .rootCause().hasMessageContaining("no file may be stored");
        assertThat(filesStoredFor(caseId)).isZero();
    }

    @Test
    @WithUserDetails("lotte")
    void theDatabaseRefusesAFileWithoutTheNoNudityConfirmation() {
        Long item = logScreenshot(adultCase());

        assertThatThrownBy(() -> jdbc.update("""
                update case_evidence set storage_key = '00000000-0000-0000-0000-000000000000' where id = ?""", item))
                .rootCause().hasMessageContaining("evidence_file_needs_confirmation");
    }

    private Long adultCase() {
        return cases.open(newCase(client("Volwassen", 25, 24), HarmKind.SEXTORTION));
    }

    private Long logScreenshot(Long caseId) {
        return evidence.log(caseId, new NewEvidence(EvidenceKind.CHAT_SCREENSHOT, "Instagram",
                "https://www.instagram.com/direct/t/123", "Screenshot van het gesprek met de afperser", null));
    }

    private long filesStoredFor(Long caseId) {
        return jdbc.queryForObject("select count(*) from case_evidence where case_id = ? and storage_key is not null",
                Long.class, caseId);
    }

    private Set<String> filesOnDisk() {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
                                      String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
