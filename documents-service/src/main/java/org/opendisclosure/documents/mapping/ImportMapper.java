package org.opendisclosure.documents.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.opendisclosure.documents.model.ImportRecord;
import org.opendisclosure.documents.model.ImportRecordRequest;
import org.opendisclosure.documents.model.ImportedPart;
import org.opendisclosure.documents.model.SourceLines;
import org.opendisclosure.documents.model.SourceView;
import org.opendisclosure.documents.repository.ImportEntity;
import org.opendisclosure.documents.repository.SourceEntity;

/** Between the rows kept and the records served. */
public final class ImportMapper {

    private ImportMapper() {
    }

    public static SourceView view(SourceEntity source) {
        return new SourceView(source.sha256, source.mediaType, source.size, source.firstReceivedAt, "/api/v1/sources/" + source.sha256);
    }

    public static ImportRecord record(ImportEntity entity, SourceEntity source) {
        SourceView kept = view(source);
        // The bytes as this import read them, under the name it gave them.
        SourceView viaImport = new SourceView(kept.sha256(), kept.mediaType(), kept.size(), kept.firstReceivedAt(),
                "/api/v1/imports/" + entity.id + "/source");
        return new ImportRecord(entity.id, entity.departmentId, entity.fiscalYear,
                "/api/v1/disclosures/" + entity.departmentId + "/" + entity.fiscalYear, entity.outcome, entity.fileName,
                entity.receivedAt, entity.sentBy, viaImport, entity.parts.stream().map(ImportMapper::part).toList());
    }

    public static ImportEntity entity(UUID id, ImportRecordRequest request, String sentBy, String contentHash, OffsetDateTime receivedAt) {
        ImportEntity entity = new ImportEntity();
        entity.id = id;
        entity.departmentId = request.departmentId();
        entity.fiscalYear = request.fiscalYear();
        entity.sourceSha256 = request.source();
        entity.fileName = request.fileName();
        entity.receivedAt = receivedAt;
        entity.sentBy = sentBy;
        entity.outcome = request.outcome();
        entity.contentHash = contentHash;
        for (ImportedPart part : request.parts()) {
            ImportEntity.Part row = new ImportEntity.Part();
            row.key = part.key();
            row.service = part.service();
            row.status = part.status();
            row.revision = part.revision();
            row.reason = part.reason();
            if (part.lines() != null) {
                row.firstLine = part.lines().firstLine();
                row.lastLine = part.lines().lastLine();
                row.firstLocation = part.lines().firstLocation();
                row.lastLocation = part.lines().lastLocation();
            }
            entity.parts.add(row);
        }
        return entity;
    }

    private static ImportedPart part(ImportEntity.Part row) {
        SourceLines lines = row.firstLine == null ? null
                : new SourceLines(row.firstLine, row.lastLine, row.firstLocation, row.lastLocation);
        return new ImportedPart(row.key, row.service, row.status, row.revision, row.reason, lines);
    }
}
