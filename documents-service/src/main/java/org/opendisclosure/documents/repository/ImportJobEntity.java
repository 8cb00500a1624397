package org.opendisclosure.documents.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A bulk import: who sent which documents, and with which options. */
@Entity
@Table(name = "import_job")
public class ImportJobEntity {

    @Id
    public UUID id;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "bearer_token")
    public String bearerToken;

    @Column(name = "token_expires_at")
    public OffsetDateTime tokenExpiresAt;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(nullable = false)
    public boolean partial;

    @Column(nullable = false)
    public int total;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
