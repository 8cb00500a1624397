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

    /** The subject of the token the revision was written with; null before writers were recorded. */
    @Column(name = "written_by")
    public String writtenBy;

    /** {@link Provenance#PUT} or {@link Provenance#IMPORT}; null before writers were recorded. */
    @Column(name = "written_via")
    public String writtenVia;

    /** For an import, {@code sha256:} and the hash of the published document it was read from. */
    @Column(name = "source_document")
    public String sourceDocument;
}
