package org.vangnet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.DomainException;

/**
 * First start against an empty database: there is no default account. A one-time token, printed
 * once in the log, lets whoever runs the server create the first administrator at {@code /setup};
 * it stops working as soon as it has been used.
 */
@Service
public class SetupService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final SetupTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final Clock clock;

    SetupService(UserAccountRepository users, SetupTokenRepository tokens, PasswordEncoder passwordEncoder,
                 AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Whether the setup page should offer to create the first administrator. Open to anyone: it reveals nothing else. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isSetupPending() {
        return users.count() == 0 && tokens.existsUnused();
    }

    /** Creates the first administrator if the token is valid and unused; spending the token. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void createFirstAdministrator(String token, String username, String displayName, String password) {
        var stored = tokens.findUnusedForUpdate(hash(token == null ? "" : token.strip()))
                .orElseThrow(() -> DomainException.onField("token", "validation.setup.token-invalid"));
        if (users.count() > 0) {
            throw DomainException.onField("token", "validation.setup.token-invalid");
        }
        String normalised = UserAccount.normaliseUsername(username);
        PasswordPolicy.check("password", password);
        var admin = users.save(new UserAccount(normalised, displayName, passwordEncoder.encode(password),
                Role.ADMIN, null, clock.instant()));
        stored.markUsed(clock.instant());
        tokens.retireAll(clock.instant());
        auditTrail.record(AuditEntry.created(UserAccountService.AUDIT_TYPE, admin.getId())
                .withDetail("first-administrator").by(normalised, Role.ADMIN.name()));
    }

    /** Issues a fresh token (earlier unused ones stop working) and returns it; only its hash is kept. */
    @Transactional
    String issueToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.retireAll(clock.instant());
        tokens.save(new SetupToken(hash(token), clock.instant()));
        return token;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
