package org.vangnet.reporting.ui;

import java.util.function.BiFunction;
import org.vangnet.reporting.ReportScope;

/** One sentence above a report saying whose figures it shows. */
final class ScopeText {

    private ScopeText() {
    }

    static String of(ReportScope scope, BiFunction<String, Object[], String> text) {
        return text.apply("reporting.scope." + scope.level(), new Object[] {scope.label() == null ? "" : scope.label()});
    }
}
