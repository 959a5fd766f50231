package org.vangnet.security;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vangnet.base.domain.DomainException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passkeys of the accounts (decision 018), through Spring Security's WebAuthn relying party
 * ({@link Webauthn4JRelyingPartyOperations}) and its JDBC repositories (tables of V018_1). The
 * ceremonies run over Vaadin's own connection instead of Spring's WebAuthn endpoints: the second
 * step of signing in and the step-up dialog are Vaadin screens, and a passkey then completes them in
 * place like a code does. Only public keys are stored; each answer is checked against the one-time
 * challenge of its own request, the relying party id and the page's origin.
 */
@Component
class Passkeys {

    private static final Logger log = LoggerFactory.getLogger(Passkeys.class);
    private static final TypeReference<PublicKeyCredential<AuthenticatorAttestationResponse>> ATTESTATION = new TypeReference<>() {
    };
    private static final TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>> ASSERTION = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final PasskeyProperties settings;
    private final PublicKeyCredentialRpEntity relyingPartyEntity;
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    /** One relying party per allowed origin set: webauthn4j fixes the origins at construction. */
    private final Map<Set<String>, WebAuthnRelyingPartyOperations> relyingParties = new ConcurrentHashMap<>();

    Passkeys(JdbcTemplate jdbc, PasskeyProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
        this.credentials = new JdbcUserCredentialRepository(jdbc);
        this.relyingPartyEntity = PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(settings.rpName()).build();
    }

    /** New creation options for the signed-in user (their user handle is made on first use). */
    PasskeyRegistration startRegistration(Authentication user) {
        Set<String> origins = origins();
        var options = relyingParty(origins).createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(user));
        return new PasskeyRegistration(options, json.writeValueAsString(options), String.join(" ", origins));
    }

    /** Checks the browser's new credential against the options and stores its public key; refuses on any mismatch. */
    void register(PasskeyRegistration registration, String credentialJson, String label) {
        try {
            var credential = json.readValue(credentialJson, ATTESTATION);
            relyingParty(Set.of(registration.origin().split(" "))).registerCredential(
                    new ImmutableRelyingPartyRegistrationRequest(registration.options(), new RelyingPartyPublicKey(credential, label)));
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.info("Passkey registration refused: {}", e.toString());
            throw new DomainException("passkey.refused");
        }
    }

    /** Request options listing the user's own passkeys, so the browser offers only those. */
    PasskeyRequest startRequest(Authentication user) {
        Set<String> origins = origins();
        var options = relyingParty(origins).createCredentialRequestOptions(new ImmutablePublicKeyCredentialRequestOptionsRequest(user));
        return new PasskeyRequest(options, json.writeValueAsString(options), String.join(" ", origins));
    }

    /**
     * Whether the browser's answer proves one of this user's passkeys. A passkey of someone else is
     * refused before it is even checked (Spring's relying party would accept any stored passkey).
     */
    boolean verify(PasskeyRequest request, String credentialJson, String username) {
        try {
            var credential = json.readValue(credentialJson, ASSERTION);
            var owner = userEntities.findByUsername(username);
            CredentialRecord record = credentials.findByCredentialId(credential.getRawId());
            if (owner == null || record == null || !record.getUserEntityUserId().equals(owner.getId())) {
                return false;
            }
            var proven = relyingParty(Set.of(request.origin().split(" ")))
                    .authenticate(new RelyingPartyAuthenticationRequest(request.options(), credential));
            return username.equals(proven.getName());
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.info("Passkey refused for {}: {}", username, e.toString());
            return false;
        }
    }

    List<Passkey> of(String username) {
        var owner = userEntities.findByUsername(username);
        if (owner == null) {
            return List.of();
        }
        return credentials.findByUserId(owner.getId()).stream()
                .map(c -> new Passkey(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(), c.getLastUsed()))
                .sorted(Comparator.comparing(Passkey::created))
                .toList();
    }

    boolean hasAny(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from user_credentials c join user_entities u on u.id = c.user_entity_user_id
                               where u.name = ?)""", Boolean.class, username));
    }

    /** Removes one of the user's own passkeys; false if it is not theirs (or gone already). */
    boolean remove(String username, String credentialId) {
        return jdbc.update("""
                delete from user_credentials
                where credential_id = ? and user_entity_user_id = (select id from user_entities where name = ?)""",
                credentialId, username) == 1;
    }

    /** Forgets every passkey of the account (a factor reset): its user handle goes, and its passkeys with it. */
    boolean forgetAll(Long userId) {
        return jdbc.update("delete from user_entities where name = (select username from app_user where id = ?)", userId) > 0;
    }

    private WebAuthnRelyingPartyOperations relyingParty(Set<String> origins) {
        return relyingParties.computeIfAbsent(Set.copyOf(origins),
                o -> new Webauthn4JRelyingPartyOperations(userEntities, credentials, relyingPartyEntity, o));
    }

    /**
     * The configured origins, or else the origin of the request being served, if its host is the
     * relying party id or under it: the browser signs the page's origin, and it must be ours.
     */
    private Set<String> origins() {
        if (!settings.origins().isEmpty()) {
            return Set.copyOf(settings.origins());
        }
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            throw new DomainException("passkey.unavailable");
        }
        var request = attributes.getRequest();
        String host = request.getServerName();
        if (!host.equals(settings.rpId()) && !host.endsWith("." + settings.rpId())) {
            log.warn("Passkeys are set up for {} but the page was served as {}: set vangnet.security.passkeys.rp-id",
                    settings.rpId(), host);
            throw new DomainException("passkey.unavailable");
        }
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return Set.of(URI.create(request.getScheme() + "://" + host + (defaultPort ? "" : ":" + port)).toString());
    }
}
