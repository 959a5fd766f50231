package org.vangnet.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.Texts;

/** A helpline team: counsellors belong to one, a supervisor leads one. */
@Entity
@Table(name = "team")
class Team extends AbstractEntity {

    static final int MAX_NAME = TeamService.MAX_NAME;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Team() {
    }

    Team(String name, Instant createdAt) {
        rename(name);
        this.createdAt = createdAt;
    }

    void rename(String newName) {
        this.name = Texts.name("name", newName, MAX_NAME, "validation.required");
    }

    String getName() {
        return name;
    }
}
