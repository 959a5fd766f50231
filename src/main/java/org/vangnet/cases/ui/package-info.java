/**
 * The case screens. Exposed as the named interface {@code ui} only for what other modules need:
 * {@link org.vangnet.cases.ui.CaseTabProvider} and {@link org.vangnet.cases.ui.OpenCase}, through
 * which they add a tab to the case file, and {@link org.vangnet.cases.ui.CaseNavigation}, through
 * which they link to one; the views themselves stay package-private.
 */
@NamedInterface("ui")
package org.vangnet.cases.ui;

import org.springframework.modulith.NamedInterface;
