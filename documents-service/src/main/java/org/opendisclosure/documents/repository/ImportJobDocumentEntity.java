package org.opendisclosure.documents.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One document of a bulk import and what became of it. */
@Entity
@Table(name = "import_job_document")
@IdClass(ImportJobDocumentEntity.Key.class)
public class ImportJobDocumentEntity {

    @Id
    @Column(name = "job_id")
    public UUID jobId;

    @Id
    public int position;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "source_sha256")
    public String sourceSha256;

    public String division;

    public String department;

    @Column(name = "division_name")
    public String divisionName;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "not_before", nullable = false)
    public OffsetDateTime notBefore;

    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(name = "department_id")
    public String departmentId;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    @Column(name = "import_id")
    public UUID importId;

    @JdbcTypeCode(SqlTypes.JSON)
    public String problem;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "not_stored")
    public String notStored;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    public static class Key implements Serializable {
        public UUID jobId;
        public int position;

        public Key() {
        }

        public Key(UUID jobId, int position) {
            this.jobId = jobId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.position == position && Objects.equals(key.jobId, jobId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, position);
        }
    }
}
