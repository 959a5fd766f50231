package org.vangnet.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.EvidenceKind;
import org.vangnet.cases.EvidenceService;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.NewEvidence;
import org.vangnet.testsupport.BrowserlessViewTest;

/** An evidence file that cannot be stored says so next to the upload, and the counsellor can try again at once. */
class EvidenceUploadScreensTest extends BrowserlessViewTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
            'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @Autowired
    CaseService cases;
    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${vangnet.evidence.directory}")
    String evidenceDirectory;

    @Test
    void anUploadTheDiskRefusesIsShownNextToTheUploadLeavesNoFileAndCanBeRetried() throws IOException {
        signInAs("lotte");
        Long caseId = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Schijf", 28, null, 27, null,
                false, false, false, List.of()), java.util.Set.of(HarmKind.SEXTORTION), null));
        Long item = evidence.log(caseId, new NewEvidence(EvidenceKind.CHAT_SCREENSHOT, "Snapchat", null,
                "Schermafbeelding van de eis", null));
        navigate("cases/" + caseId, Component.class);
        var tabs = find(TabSheet.class).single();
        tabs.setSelectedTab(find(Tab.class).withText("Bewijs").single());
        test(find(Checkbox.class).withCaption("Ik bevestig dat dit bestand geen naakt toont").single()).click();

        Path directory = Path.of(evidenceDirectory).toAbsolutePath().normalize();
        Path aside = directory.resolveSibling(directory.getFileName() + "-aside");
        boolean existed = Files.isDirectory(directory);
        if (existed) {
            Files.move(directory, aside);
        }
        try {
            // A file where the directory should be: nothing can be written, as with a full or read-only disk.
            Files.writeString(directory, "not a directory");
            test(find(Upload.class).single()).upload("eis.png", "image/png", PNG);
        } finally {
            Files.delete(directory);
            if (existed) {
                Files.move(aside, directory);
            }
        }

        assertThat(find(Span.class).all().stream().filter(Component::isVisible).map(Span::getText))
                .contains("Het bestand kon niet bewaard worden (de opslag is vol of niet beschrijfbaar). "
                        + "Er is niets bewaard; probeer het opnieuw of meld het aan de beheerder.");
        assertThat(jdbc.queryForObject("select storage_key from case_evidence where id = ?", String.class, item))
                .isNull();
        var upload = find(Upload.class).single();
        assertThat(upload.isEnabled()).isTrue();

        test(upload).upload("eis.png", "image/png", PNG);

        String key = jdbc.queryForObject("select storage_key from case_evidence where id = ?", String.class, item);
        assertThat(key).isNotNull();
        assertThat(directory.resolve(key)).exists();
        assertThat(find(Upload.class).all()).isEmpty();
        Files.delete(directory.resolve(key));
    }
}
