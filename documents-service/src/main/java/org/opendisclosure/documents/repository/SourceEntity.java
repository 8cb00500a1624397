package org.opendisclosure.documents.repository;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A published document as received, once per content. */
@Entity
@Table(name = "source")
public class SourceEntity {

    @Id
    public String sha256;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public long size;

    // Lists and records name a source without reading its bytes.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "first_received_at", nullable = false)
    public OffsetDateTime firstReceivedAt;
}
