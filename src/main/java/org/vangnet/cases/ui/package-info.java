/**
 * The case screens. Exposed as the named interface {@code ui} only for
 * {@link org.vangnet.cases.ui.CaseTabProvider} and {@link org.vangnet.cases.ui.OpenCase}, through which
 * other modules add a tab to the case
 * file; the views themselves stay package-private.
 */
@NamedInterface("ui")
package org.vangnet.cases.ui;

import org.springframework.modulith.NamedInterface;
