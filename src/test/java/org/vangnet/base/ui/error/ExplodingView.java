package org.vangnet.base.ui.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Test-only screen that fails the way a bug would, with internals in the exception text. */
@Route("test/explode")
@PermitAll
public class ExplodingView extends Div {

    public static final String SECRET = "select * from client where alias = 'SECRET-ALIAS'";

    public ExplodingView() {
        throw new IllegalStateException("org.postgresql.util.PSQLException: " + SECRET);
    }
}
