package org.vangnet.takedowns;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who signs notices to platforms: the helpline, not the counsellor and never the client.
 *
 * @param name  the organisation's name, e.g. "Vangnet-hulplijn vzw"
 * @param email the address platforms answer to
 */
@ConfigurationProperties("vangnet.helpline")
public record HelplineProperties(String name, String email) {

    public HelplineProperties {
        name = name == null || name.isBlank() ? "Vangnet" : name.strip();
        email = email == null || email.isBlank() ? "takedowns@vangnet.example" : email.strip();
    }
}
