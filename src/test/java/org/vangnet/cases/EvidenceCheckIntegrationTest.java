package org.vangnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vangnet.cases.CaseTestSupport.client;
import static org.vangnet.cases.CaseTestSupport.newCase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vangnet.base.domain.DomainException;

/** Evidence files and rows stay in step (decision 025): a failed store leaves nothing, the check finds what drifted. */
@SpringBootTest
class EvidenceCheckIntegrationTest {

    @Autowired
    EvidenceService evidence;
    @Autowired
    CaseService cases;
    @Autowired
    EvidenceCheck check;
    @Autowired
    RetentionService retention;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${vangnet.evidence.directory}")
    String evidenceDirectory;

    @AfterEach
    void removeStoredFiles() throws IOException {
        Path directory = Path.of(evidenceDirectory).toAbsolutePath().normalize();
        for (String key : jdbc.queryForList("select storage_key from case_evidence where storage_key is not null",
                String.class)) {
            Files.deleteIfExists(directory.resolve(key));
        }
    }

    @Test
    void aStoreThatFailsRefusesOnTheUploadFieldAndLeavesNoFileBehind(@org.junit.jupiter.api.io.TempDir Path temp)
            throws IOException {
        Path notADirectory = Files.writeString(temp.resolve("evidence"), "a file where the directory should be");
        var storage = new EvidenceStorage(notADirectory.toString());

        assertThatThrownBy(() -> storage.store(EvidenceIntegrationTest.PNG))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKey()).isEqualTo(EvidenceStorage.NOT_STORED);
                });
        try (var left = Files.list(temp)) {
            assertThat(left).containsExactly(notADirectory);
        }
    }

    @Test
    @WithUserDetails("lotte")
    void theCheckRemovesOldFilesWithoutARowReportsRowsWithoutAFileAndKeepsEverythingElse() throws IOException {
        Path directory = Path.of(evidenceDirectory).toAbsolutePath().normalize();
        Long caseId = cases.open(newCase(client("Bewijscontrole", 30, 29), HarmKind.SEXTORTION));
        Long kept = logScreenshot(caseId);
        Long lost = logScreenshot(caseId);
        evidence.attachFile(caseId, kept, "blijft.png", EvidenceIntegrationTest.PNG, true);
        evidence.attachFile(caseId, lost, "kwijt.png", EvidenceIntegrationTest.PNG, true);
        String keptKey = key(kept);
        Files.delete(directory.resolve(key(lost)));
        Path orphan = Files.write(directory.resolve(UUID.randomUUID().toString()), EvidenceIntegrationTest.PNG);
        Path partial = Files.write(directory.resolve(UUID.randomUUID() + EvidenceStorage.PARTIAL), new byte[] {1});
        Path recent = Files.write(directory.resolve(UUID.randomUUID().toString()), EvidenceIntegrationTest.PNG);
        FileTime twoHoursAgo = FileTime.from(java.time.Instant.now().minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(orphan, twoHoursAgo);
        Files.setLastModifiedTime(partial, twoHoursAgo);
        String reference = jdbc.queryForObject("select reference from case_file where id = ?", String.class, caseId);

        var outcome = check.check();

        assertThat(orphan).doesNotExist();
        assertThat(partial).doesNotExist();
        assertThat(recent).as("may be an upload whose row is not committed yet").exists();
        assertThat(directory.resolve(keptKey)).exists();
        assertThat(outcome.filesRemoved()).isGreaterThanOrEqualTo(2);
        assertThat(outcome.filesMissing()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.missingReferences()).contains(reference);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where object_type = 'EVIDENCE_FILE' and action = 'DELETE'
                  and object_id = ? and detail = 'without-row'""", Long.class,
                orphan.getFileName().toString())).isOne();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where object_type = 'CASE_EVIDENCE' and object_id = ?
                  and outcome = 'FAILED' and detail = 'file-missing'""", Long.class, lost.toString())).isOne();
        Files.delete(recent);
    }

    @Test
    @WithUserDetails("admin")
    void administratorsSeeTheLastCheckAsCountsOnly() {
        check.check();

        assertThat(retention.lastEvidenceCheck()).hasValueSatisfying(last -> {
            assertThat(last.checkedAt()).isNotNull();
            assertThat(last.filesRemoved()).isNotNegative();
        });
    }

    private Long logScreenshot(Long caseId) {
        return evidence.log(caseId, new NewEvidence(EvidenceKind.CHAT_SCREENSHOT, "Instagram", null,
                "Schermafbeelding", null));
    }

    private String key(Long evidenceId) {
        return jdbc.queryForObject("select storage_key from case_evidence where id = ?", String.class, evidenceId);
    }
}
