package org.vangnet.base.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vangnet.testsupport.BrowserlessViewTest;

/** A failure shows a translated message and a reference, never the exception. */
class ErrorViewTest extends BrowserlessViewTest {

    @Test
    void anUnexpectedErrorShowsAReferenceAndNoInternals() {
        signInAs("lotte");

        navigate("test/explode", Component.class);

        assertThat(getCurrentView()).isInstanceOf(InternalErrorView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Er ging iets mis");
        String text = find(Paragraph.class).all().stream().map(Paragraph::getText).collect(Collectors.joining(" "));
        assertThat(text).containsPattern("Referentie: [0-9A-F]{8}");
        assertThat(text).doesNotContain("SECRET", "PSQL", "Exception", "select");
    }

    @Test
    void anUnknownPageSaysSoWithoutListingTheRoutes() {
        signInAs("lotte");

        navigate("does/not/exist", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText).collect(Collectors.joining()))
                .doesNotContain("admin/users");
    }
}
