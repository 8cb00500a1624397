package org.opendisclosure.documents.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.id.SourceDigest;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.documents.mapping.ImportMapper;
import org.opendisclosure.documents.model.ImportRecord;
import org.opendisclosure.documents.model.ImportRecordRequest;
import org.opendisclosure.documents.model.ImportedPart;
import org.opendisclosure.documents.repository.ImportEntity;
import org.opendisclosure.documents.repository.ImportRepository;
import org.opendisclosure.documents.repository.SourceEntity;
import org.opendisclosure.documents.repository.SourceRepository;

/** The imports of published documents, each recorded once under the id its sender chose. */
@ApplicationScoped
@Transactional
public class Imports {

    private final ImportRepository imports;
    private final SourceRepository sources;
    private final ObjectMapper objectMapper;

    public Imports(ImportRepository imports, SourceRepository sources, ObjectMapper objectMapper) {
        this.imports = imports;
        this.sources = sources;
        this.objectMapper = objectMapper;
    }

    /** An import recorded, and whether this write recorded it (false: the same record was there already). */
    public record Recorded(ImportRecord record, boolean created) {
    }

    /**
     * Records the import once: sending the same record again (a retry) changes nothing; another record
     * under the same id is a conflict.
     *
     * @throws ProblemException (400) naming the field that is wrong, or a source that is not kept; (409) for
     *                          another record of the id
     */
    public Recorded record(UUID id, ImportRecordRequest request, String sentBy) {
        validate(request);
        imports.lock(id);
        String contentHash = StoredValues.hashOf(objectMapper, request);
        ImportEntity existing = imports.findById(id);
        if (existing != null) {
            if (!existing.contentHash.equals(contentHash)) {
                throw ProblemException.conflict("Import " + id + " is recorded already, with other content; an import is "
                        + "recorded once");
            }
            return new Recorded(ImportMapper.record(existing, sources.findById(existing.sourceSha256)), false);
        }
        SourceEntity source = sources.findById(request.source());
        if (source == null) {
            throw ProblemException.invalid("source", "no source with SHA-256 " + request.source()
                    + " is kept: PUT /api/v1/sources/" + request.source() + " with its bytes first");
        }
        ImportEntity entity = ImportMapper.entity(id, request, sentBy, contentHash, StoredValues.now());
        imports.persist(entity);
        return new Recorded(ImportMapper.record(entity, source), true);
    }

    public ImportRecord get(UUID id) {
        ImportEntity entity = find(id);
        return ImportMapper.record(entity, sources.findById(entity.sourceSha256));
    }

    /** A department-year's imports, newest first. */
    public Page<ImportRecord> ofDisclosure(DepartmentId department, int year, PageRequest page) {
        PanacheQuery<ImportEntity> query = imports.ofDisclosure(department.toString(), year);
        List<ImportEntity> items = query.page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
        return Page.of(items.stream().map(entity -> ImportMapper.record(entity, sources.findById(entity.sourceSha256))).toList(),
                page, query.count());
    }

    /** The bytes of the source the department-year's latest import read. */
    public SourceContent latestSource(DepartmentId department, int year) {
        ImportEntity latest = imports.latest(department.toString(), year).orElseThrow(() -> ProblemException.notFound(
                "No document of department " + department + " for " + year + " was imported"));
        return content(latest);
    }

    public SourceContent sourceOf(UUID id) {
        return content(find(id));
    }

    private SourceContent content(ImportEntity entity) {
        SourceEntity source = sources.findById(entity.sourceSha256);
        String name = entity.fileName != null && !entity.fileName.isBlank() ? entity.fileName
                : SourceContent.named(entity.departmentId + "-" + entity.fiscalYear, source.mediaType);
        return new SourceContent(source.sha256, source.mediaType, source.content, name);
    }

    private ImportEntity find(UUID id) {
        ImportEntity entity = imports.findById(id);
        if (entity == null) {
            throw ProblemException.notFound("No import " + id + " is recorded");
        }
        return entity;
    }


    private static void validate(ImportRecordRequest request) {
        DepartmentId.parse("departmentId", request.departmentId());
        FiscalYear.parse("fiscalYear", String.valueOf(request.fiscalYear()));
        SourceDigest.parse("source", request.source());
        for (int i = 0; i < request.parts().size(); i++) {
            ImportedPart part = request.parts().get(i);
            if (part.lines() != null && part.lines().lastLine() < part.lines().firstLine()) {
                throw ProblemException.invalid("parts[" + i + "].lines.lastLine", "must not be before firstLine ("
                        + part.lines().firstLine() + "), was " + part.lines().lastLine());
            }
            boolean stored = !ImportedPart.NOT_STORED.equals(part.status());
            if (stored && part.revision() == null) {
                throw ProblemException.invalid("parts[" + i + "].revision", "required for a part " + part.status());
            }
        }
    }
}
