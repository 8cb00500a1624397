package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opendisclosure.common.id.SourceDigest;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.client.WriteCaller;
import org.opendisclosure.gateway.parts.Part;
import org.opendisclosure.parser.PartLines;

/**
 * The document an import reads, kept as received, and the record of what the import made of it,
 * both with documents-service (the gateway keeps nothing itself). The document is kept before any
 * part read from it is written, so that no stored part names a source that is not kept; the record
 * follows once the parts are, with the revisions the services answered.
 */
@ApplicationScoped
public class ImportSources {

    /** A record's outcome when some parts could not be stored (partial=true). */
    public static final String PARTIAL = "partial";

    /** How the import's answer and records link the import. */
    public static String recordPath(UUID importId) {
        return "/api/v1/imports/" + importId;
    }

    public static String sourcePath(UUID importId) {
        return recordPath(importId) + "/source";
    }

    private final Services services;
    private final ObjectMapper objectMapper;

    public ImportSources(Services services, ObjectMapper objectMapper) {
        this.services = services;
        this.objectMapper = objectMapper;
    }

    /**
     * @param sha256 the document's SHA-256 ({@link SourceDigest#of}), as the import's writes name it
     * @return why the document could not be kept, or empty once it is
     */
    public Optional<String> keep(String sha256, byte[] document, WriteCaller caller) {
        return services.keepSource(sha256, document, caller);
    }

    /**
     * Records the import of a document whose parts are written: each part with the revision its
     * service answered (or why it was not stored) and the lines it was read from.
     *
     * @param sha256   the document's SHA-256, as it was kept
     * @param fileName the file's name as the sender gave it, or null
     * @return why it could not be recorded, or empty once it is
     */
    public Optional<String> record(UUID importId, String sha256, String fileName, DocumentImport.Read read, WriteReport report,
                                   List<ImportResult.NotStored> notStored, String outcome, WriteCaller caller) {
        ObjectNode record = objectMapper.createObjectNode();
        record.put("departmentId", read.departmentId());
        record.put("fiscalYear", read.parsed().fiscalYear());
        record.put("source", sha256);
        if (fileName != null && !fileName.isBlank()) {
            record.put("fileName", fileName);
        }
        record.put("outcome", outcome);
        ArrayNode parts = record.putArray("parts");
        for (Part part : Part.values()) {
            ObjectNode entry = parts.addObject();
            entry.put("key", part.key());
            entry.put("service", part.downstream().service());
            Optional<WriteReport.Part> written = report.parts().stream().filter(p -> p.keys().contains(part.key())).findFirst();
            if (written.isPresent() && written.get().revision() != null) {
                entry.put("status", written.get().status());
                entry.put("revision", written.get().revision());
            } else {
                entry.put("status", "not-stored");
                entry.put("reason", notStored == null ? "not stored" : notStored.stream().filter(n -> n.part().equals(part.key()))
                        .map(ImportResult.NotStored::reason).findFirst().orElse("not stored"));
            }
            read.reading().linesOf(part.number()).ifPresent(lines -> entry.set("lines", lines(lines)));
        }
        return services.recordImport(importId, record, caller);
    }

    private ObjectNode lines(PartLines lines) {
        ObjectNode node = objectMapper.createObjectNode();
        node.put("firstLine", lines.firstLine());
        node.put("lastLine", lines.lastLine());
        if (lines.firstLocation() != null) {
            node.put("firstLocation", lines.firstLocation());
        }
        if (lines.lastLocation() != null) {
            node.put("lastLocation", lines.lastLocation());
        }
        return node;
    }
}
