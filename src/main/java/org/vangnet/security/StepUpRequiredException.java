package org.vangnet.security;

import java.io.Serial;
import org.springframework.security.access.AccessDeniedException;

/**
 * The action needs a second factor given within the last few minutes (decision 021). The screen
 * asks for a code in place and then runs the action again, with what the user typed still there.
 */
public class StepUpRequiredException extends AccessDeniedException {

    @Serial
    private static final long serialVersionUID = 1L;

    StepUpRequiredException() {
        super("A recent second factor is required");
    }
}
