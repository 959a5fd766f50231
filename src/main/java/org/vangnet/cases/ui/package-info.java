/**
 * The case screens. {@link org.vangnet.cases.ui.CaseTabProvider} is open to other modules, which
 * add their own tabs to the case file.
 */
@NamedInterface("ui")
package org.vangnet.cases.ui;

import org.springframework.modulith.NamedInterface;
