package org.vangnet.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core (vendored from the npm package {@code axe-core}, src/test/resources/axe) run in the page
 * with the WCAG 2.0/2.1/2.2 A and AA rules. The script is evaluated through the DevTools protocol,
 * so the Content-Security-Policy of the page is not loosened for it.
 */
final class Axe {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final String SOURCE = load();

    private Axe() {
    }

    /** One line per violation: rule, impact, and up to three of the elements concerned. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.evaluate(SOURCE);
        }
        return (List<String>) page.evaluate("""
                async (tags) => {
                  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                  return result.violations.map(v => v.id + ' (' + v.impact + '): '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' > ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160)).join(' | '));
                }""", WCAG_22_AA);
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
