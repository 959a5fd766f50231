package org.vangnet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.vangnet.Application;

/**
 * Draws the house from the code: the module diagram (C4 component view, PlantUML), one diagram per
 * module and one "canvas" per module listing its API, the events it publishes and those it listens
 * to, written into {@code docs/modules}. Run with the other tests, so the committed files show the
 * code as it is; a changed file in a review shows a changed structure.
 */
class ModuleDocumentationTest {

    private static final String FOLDER = "docs/modules";
    private static final String DRAFTS = "target/modules";

    @Test
    void writesTheModuleDiagramAndEachModulesEventsIntoDocs() throws IOException {
        var modules = ApplicationModules.of(Application.class);

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DRAFTS))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.writeString(Path.of(DRAFTS, "events.md"), eventsOf(modules));
        publishChanged();

        assertThat(Path.of(FOLDER, "components.puml")).content().contains("Cases", "Takedowns", "Audit");
        assertThat(Path.of(FOLDER, "module-cases.adoc")).content().contains("CaseActivity");
        String events = Files.readString(Path.of(FOLDER, "events.md"));
        assertThat(events).contains("`CaseEvents.CaseStatusChanged`", "`TakedownEvents.TakedownStatusChanged`",
                "`FollowUpEvents.FollowUpScheduled`");
    }

    /**
     * The Documenter writes relations and listened-to events in an order that changes between runs; a file whose
     * lines are only reordered is left alone, so a test run leaves the working tree clean unless the
     * structure itself changed.
     */
    private static void publishChanged() throws IOException {
        Files.createDirectories(Path.of(FOLDER));
        try (var drafts = Files.list(Path.of(DRAFTS))) {
            for (Path draft : drafts.toList()) {
                Path published = Path.of(FOLDER, draft.getFileName().toString());
                if (!Files.exists(published) || !sameLines(draft, published)) {
                    Files.copy(draft, published, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static boolean sameLines(Path a, Path b) throws IOException {
        return lines(a).equals(lines(b));
    }

    /** Sorted, and without AsciiDoc's cell mark, which goes with whichever list item comes first. */
    private static java.util.List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                .sorted().toList();
    }

    /**
     * Each module's events: the past-tense records of its {@code *Events} class (the project's
     * convention, STYLE rule 9) and whatever Modulith finds published, and the events it listens to.
     */
    private static String eventsOf(ApplicationModules modules) {
        var text = new StringBuilder("# Events per module\n\nWritten by `ModuleDocumentationTest` from the code;"
                + " do not edit.\n");
        modules.stream().sorted(Comparator.comparing(m -> m.getIdentifier().toString())).forEach(module -> {
            Set<String> published = new TreeSet<>();
            module.getBasePackage().stream()
                    .filter(type -> type.isRecord() && type.getEnclosingClass()
                            .filter(outer -> outer.getSimpleName().endsWith("Events")).isPresent())
                    .forEach(type -> published.add(type.getEnclosingClass().orElseThrow().getSimpleName() + "."
                            + type.getSimpleName()));
            module.getPublishedEvents().forEach(event -> published.add(event.getType().getSimpleName()));
            Set<String> listened = new TreeSet<>();
            module.getEventsListenedTo(modules).forEach(type -> listened.add(type.getName()
                    .substring(type.getPackageName().length() + 1).replace('$', '.')));
            text.append("\n## ").append(module.getDisplayName()).append("\n\n")
                    .append("Published: ").append(list(published)).append("\n\n")
                    .append("Listened to: ").append(list(listened)).append("\n");
        });
        return text.toString();
    }

    private static String list(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }
}
