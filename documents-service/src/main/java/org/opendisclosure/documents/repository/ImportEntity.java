package org.opendisclosure.documents.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One import of a published document: whose, what it was, and what became of each part. */
@Entity
@Table(name = "document_import")
public class ImportEntity {

    @Id
    public UUID id;

    @Column(name = "department_id", nullable = false)
    public String departmentId;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "source_sha256", nullable = false)
    public String sourceSha256;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @ElementCollection
    @CollectionTable(name = "document_import_part", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "position")
    public List<Part> parts = new ArrayList<>();

    @Embeddable
    public static class Part {
        @Column(name = "part_key", nullable = false)
        public String key;
        public String service;
        @Column(nullable = false)
        public String status;
        public Integer revision;
        public String reason;
        @Column(name = "first_line")
        public Integer firstLine;
        @Column(name = "last_line")
        public Integer lastLine;
        @Column(name = "first_location")
        public String firstLocation;
        @Column(name = "last_location")
        public String lastLocation;
    }
}
