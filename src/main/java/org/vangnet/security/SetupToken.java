package org.vangnet.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time token that lets the first administrator be created on an empty database. Only its hash is stored. */
@Entity
@Table(name = "setup_token")
class SetupToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SetupToken() {
    }

    SetupToken(String tokenHash, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void markUsed(Instant at) {
        this.usedAt = at;
    }
}
