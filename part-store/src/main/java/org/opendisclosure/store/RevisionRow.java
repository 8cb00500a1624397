package org.opendisclosure.store;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/** What every immutable revision row carries, whatever the part it holds. */
@MappedSuperclass
public abstract class RevisionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int revision;

    @Column(name = "revised_at", nullable = false)
    public OffsetDateTime revisedAt;

    /** SHA-256 of the document as written: the same document again adds no revision. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;
}
